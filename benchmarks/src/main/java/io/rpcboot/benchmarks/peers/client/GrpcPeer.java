package io.rpcboot.benchmarks.peers.client;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;

import io.rpcboot.benchmarks.peers.Peer;
import io.rpcboot.benchmarks.peers.grpc.PeerGrpc;

/** The {@code grpc} row: blocking unary calls on one channel (grpc-java's defaults), plaintext. */
final class GrpcPeer implements Peer, AutoCloseable {

	private final ManagedChannel channel;

	GrpcPeer(int port) {
		this.channel = NettyChannelBuilder.forAddress("127.0.0.1", port)
			.usePlaintext()
			.maxInboundMessageSize(64 * 1024 * 1024)
			.build();
	}

	@Override
	public Item echo(Item item) {
		return ClientCalls.blockingUnaryCall(this.channel, PeerGrpc.ECHO, CallOptions.DEFAULT, item);
	}

	@Override
	public List<Item> bulk(int n) {
		return ClientCalls.blockingUnaryCall(this.channel, PeerGrpc.BULK, CallOptions.DEFAULT, n);
	}

	@Override
	public void close() throws InterruptedException {
		this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
	}

}
