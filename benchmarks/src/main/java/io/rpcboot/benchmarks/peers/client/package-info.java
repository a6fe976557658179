/**
 * The client JVM of a row: the callers in closed loop, the histogram, and the CPU of both JVMs read
 * from {@code /proc} over each window.
 */
@NullMarked
package io.rpcboot.benchmarks.peers.client;

import org.jspecify.annotations.NullMarked;
