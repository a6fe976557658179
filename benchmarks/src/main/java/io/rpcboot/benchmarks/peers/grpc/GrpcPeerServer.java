package io.rpcboot.benchmarks.peers.grpc;

import java.net.InetSocketAddress;

import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;

import io.rpcboot.benchmarks.peers.Items;

/** The {@code grpc} row's server: grpc-java over Netty with its defaults, on 127.0.0.1. */
public final class GrpcPeerServer {

	private GrpcPeerServer() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		ServerServiceDefinition service = ServerServiceDefinition.builder("peers.Peer")
			.addMethod(PeerGrpc.ECHO, ServerCalls.asyncUnaryCall((item, answer) -> {
				answer.onNext(item);
				answer.onCompleted();
			}))
			.addMethod(PeerGrpc.BULK, ServerCalls.asyncUnaryCall((n, answer) -> {
				answer.onNext(Items.list(n));
				answer.onCompleted();
			}))
			.build();
		Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
			.addService(service)
			.maxInboundMessageSize(64 * 1024 * 1024)
			.build()
			.start();
		server.awaitTermination();
	}

}
