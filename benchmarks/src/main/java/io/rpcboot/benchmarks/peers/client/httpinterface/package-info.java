/**
 * The client app of the {@code http-interface} row of the peer table.
 */
@NullMarked
package io.rpcboot.benchmarks.peers.client.httpinterface;

import org.jspecify.annotations.NullMarked;
