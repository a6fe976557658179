package io.rpcboot.it;

import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.client.ShopClientApp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The client's answer limit and its resends, between real applications. */
class ClientResilienceTests {

	@Test
	void answerOverMaxResponseSizeIsResourceExhaustedAndTheNextCallWorks() {
		try (RoundTrip roundTrip = new RoundTrip()) {
			ShopClient shop = roundTrip.client("rpc.client.max-response-size=1KB").getBean(ShopClient.class);
			assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> shop.greet("x".repeat(2000)))
				.satisfies((ex) -> {
					assertThat(ex.code()).isEqualTo(RpcCode.RESOURCE_EXHAUSTED);
					assertThat(ex.status()).isEqualTo(200);
					assertThat(ex.getMessage())
						.startsWith("Shop.greet: the answer is over rpc.client.max-response-size");
				});
			assertThat(shop.greet("x".repeat(900))).hasSize(907);
		}
	}

	@Test
	void callThatFindsTheServerDownIsSentOnceItIsUp() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		ConfigurableApplicationContext client = new SpringApplicationBuilder(ShopClientApp.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "rpc.client.services.Shop.url=http://127.0.0.1:" + port,
					"rpc.client.services.Shop.timeout=60s", "rpc.client.services.Shop.retry.max-attempts=100",
					"rpc.client.services.Shop.retry.initial-backoff=3s",
					"rpc.client.services.Shop.retry.max-backoff=3s")
			.run();
		try {
			ShopClient shop = client.getBean(ShopClient.class);
			// not idempotent: resent only because each refused connection proves it never left
			CompletableFuture<Void> call = CompletableFuture.runAsync(() -> shop.record("once"));
			try (RoundTrip roundTrip = new RoundTrip("server.port=" + port)) {
				call.get(60, TimeUnit.SECONDS);
				assertThat(shop.recorded()).containsExactly("once");
			}
		}
		finally {
			SpringApplication.exit(client);
		}
	}

}
