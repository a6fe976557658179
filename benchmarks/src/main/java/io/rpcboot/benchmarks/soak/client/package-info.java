/** The client application of the soak run. */
@NullMarked
package io.rpcboot.benchmarks.soak.client;

import org.jspecify.annotations.NullMarked;
