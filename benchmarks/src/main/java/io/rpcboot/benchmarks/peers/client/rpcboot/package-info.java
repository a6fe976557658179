/**
 * The client app of the {@code rpcboot} row of the peer table.
 */
@NullMarked
package io.rpcboot.benchmarks.peers.client.rpcboot;

import org.jspecify.annotations.NullMarked;
