/**
 * The server of the Spring rows of the peer table: one Boot app answering the same operations as an
 * rpcboot service (row {@code rpcboot}) and as a {@code @RestController} (rows {@code raw},
 * {@code openfeign}, {@code http-interface}).
 */
@NullMarked
package io.rpcboot.benchmarks.peers.server;

import org.jspecify.annotations.NullMarked;
