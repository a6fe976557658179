/**
 * Fuzzing of the request path over a raw socket: {@link io.rpcboot.fuzz.RequestPathFuzzTests}.
 */
@NullMarked
package io.rpcboot.fuzz;

import org.jspecify.annotations.NullMarked;
