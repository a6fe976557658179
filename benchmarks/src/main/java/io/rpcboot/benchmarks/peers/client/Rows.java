package io.rpcboot.benchmarks.peers.client;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.benchmarks.peers.Peer;
import io.rpcboot.benchmarks.peers.client.feign.FeignClientApp;
import io.rpcboot.benchmarks.peers.client.httpinterface.HttpInterfaceClientApp;
import io.rpcboot.benchmarks.peers.client.rpcboot.RpcbootClientApp;

/** Builds the client of a row, with that client's defaults, against a server on 127.0.0.1. */
final class Rows {

	private Rows() {
	}

	static Caller caller(String row, int port) {
		String url = "http://127.0.0.1:" + port;
		return switch (row) {
			case "rpcboot" -> boot(RpcbootClientApp.class, RpcbootClientApp.PeerClient.class,
					"rpc.client.services.Peer.url=" + url);
			case "rpcboot-smile" -> boot(RpcbootClientApp.class, RpcbootClientApp.PeerClient.class,
					"rpc.client.services.Peer.url=" + url, "rpc.client.services.Peer.encoding=smile");
			case "raw" -> typed(new RawPeer(url));
			case "openfeign" -> boot(FeignClientApp.class, FeignClientApp.PeerFeign.class, "peers.url=" + url);
			case "http-interface" -> boot(HttpInterfaceClientApp.class, HttpInterfaceClientApp.PeerHttp.class,
					"spring.http.serviceclient.peer.base-url=" + url);
			case "grpc" -> typed(new GrpcPeer(port));
			case "floor" -> new FloorCaller(url);
			default -> throw new IllegalArgumentException("No row " + row);
		};
	}

	private static <P extends Peer & AutoCloseable> Caller typed(P peer) {
		return new TypedCaller(peer, peer);
	}

	private static Caller boot(Class<?> app, Class<? extends Peer> client, String... properties) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(app).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn")
			.properties(properties)
			.run();
		return new TypedCaller(context.getBean(client), () -> SpringApplication.exit(context));
	}

}
