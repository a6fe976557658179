/**
 * The client app of the {@code openfeign} row of the peer table.
 */
@NullMarked
package io.rpcboot.benchmarks.peers.client.feign;

import org.jspecify.annotations.NullMarked;
