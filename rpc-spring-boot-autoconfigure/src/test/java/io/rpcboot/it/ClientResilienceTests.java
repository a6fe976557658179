package io.rpcboot.it;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcMethod;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.ClientSpec;
import io.rpcboot.client.RpcClientFactory;
import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.client.ShopClientApp;
import io.rpcboot.it.server.ShopService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client's answer limit and its resends, between real applications. */
class ClientResilienceTests {

	/** Callers of their own: the common pool may be busy with another test's work. */
	private final ExecutorService callers = Executors.newCachedThreadPool();

	@AfterEach
	void stopCallers() {
		this.callers.shutdownNow();
	}

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
	void overloadedServerIsCalledAgainAfterItsRetryAfterOnlyByIdempotentCalls() throws Exception {
		try (RoundTrip roundTrip = new RoundTrip("rpc.server.max-concurrent-calls=1")) {
			ConfigurableApplicationContext client = roundTrip.client("rpc.client.services.Shop.retry.max-attempts=6");
			ShopClient shop = client.getBean(ShopClient.class);
			Adder adder = client.getBean(RpcClientFactory.class)
				.create(Adder.class, new ClientSpec("Shop", "Shop", null));
			ShopService server = roundTrip.server().getBean(ShopService.class);
			int before = server.calls();
			CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> shop.sleep(3000), this.callers);
			awaitRunning(server, before);
			RpcUnavailableException refused = catchThrowableOfType(RpcUnavailableException.class,
					() -> shop.add(1, 1));
			// not idempotent: not resent, but the server says it ran nothing
			assertThat(refused.getMessage()).contains("rpc.server.max-concurrent-calls")
				.doesNotContain("may have run");
			long start = System.nanoTime();
			assertThat(adder.add(2, 3)).isEqualTo(5);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("resent after Retry-After: 1")
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
			assertThat(busy.get(10, TimeUnit.SECONDS)).isEqualTo("slept 3000");
		}
	}

	/** Waits until the slow call runs, holding the only permit; asking over RPC would take it. */
	private static void awaitRunning(ShopService server, int callsBefore) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (server.calls() == callsBefore) {
			assertThat(System.nanoTime()).as("the slow call started").isLessThan(end);
			Thread.sleep(5);
		}
	}

	interface Adder {

		@RpcMethod(idempotent = true)
		int add(int a, int b);

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
			CompletableFuture<Void> call = CompletableFuture.runAsync(() -> shop.record("once"), this.callers);
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
