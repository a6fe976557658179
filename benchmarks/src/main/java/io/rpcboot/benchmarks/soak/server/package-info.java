/** The server application of the soak run. */
@NullMarked
package io.rpcboot.benchmarks.soak.server;

import org.jspecify.annotations.NullMarked;
