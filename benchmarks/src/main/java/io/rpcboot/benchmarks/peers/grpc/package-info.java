/**
 * The {@code grpc} row: grpc-java unary calls over Netty, with hand-written method descriptors and
 * protobuf wire encoding (no code generation).
 */
@NullMarked
package io.rpcboot.benchmarks.peers.grpc;

import org.jspecify.annotations.NullMarked;
