/**
 * The peer table: rpcboot against what a team would use instead (a JDK {@code HttpClient} to a
 * {@code @RestController}, Spring Cloud OpenFeign, a Boot HTTP interface client, grpc-java, and
 * the floor of the stack: Apache HttpClient 5 to a bare servlet), each server and client in a JVM
 * of its own, started by {@link io.rpcboot.benchmarks.peers.PeerDriver}.
 */
@NullMarked
package io.rpcboot.benchmarks.peers;

import org.jspecify.annotations.NullMarked;
