package io.rpcboot.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.RpcTimeoutException;
import io.rpcboot.context.IncomingDeadline;
import io.rpcboot.context.IncomingDeadlineExceededException;
import io.rpcboot.it.hops.a.CallerApp;
import io.rpcboot.it.hops.a.FrontClient;
import io.rpcboot.it.hops.b.OutgoingCalls;
import io.rpcboot.it.hops.b.RelayApp;
import io.rpcboot.it.hops.c.ArrivingTimeouts;
import io.rpcboot.it.hops.c.BackApp;
import io.rpcboot.it.hops.c.BackService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Three real applications in a chain, A → B → C: A calls B with an 800ms deadline, B calls C
 * with its own 30s timeout, and C works until it is stopped. A's deadline reaches C through
 * B, and everyone stops at it: C's method is interrupted, B's call to C times out and frees
 * its thread, and A sees {@code RpcTimeoutException}.
 */
class DeadlineAcrossHopsTests {

	private static final Duration A_DEADLINE = Duration.ofMillis(800);

	/** Far below B's own 30s for C, and far above A's deadline: a generous bound on a noisy machine. */
	private static final Duration WELL_BEFORE_30S = Duration.ofSeconds(10);

	private static final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	private static FrontClient front;

	private static String relayUrl;

	private static OutgoingCalls b;

	private static BackService c;

	private static ArrivingTimeouts arrivingAtC;

	@BeforeAll
	static void startTheChain() {
		ConfigurableApplicationContext backApp = start(BackApp.class, WebApplicationType.SERVLET);
		ConfigurableApplicationContext relayApp = start(RelayApp.class, WebApplicationType.SERVLET,
				"rpc.client.services.Back.url=" + url(backApp), "rpc.client.services.Back.timeout=30s");
		ConfigurableApplicationContext callerApp = start(CallerApp.class, WebApplicationType.NONE,
				"rpc.client.services.Front.url=" + url(relayApp),
				"rpc.client.services.Front.timeout=" + A_DEADLINE.toMillis() + "ms");
		front = callerApp.getBean(FrontClient.class);
		relayUrl = url(relayApp);
		b = relayApp.getBean(OutgoingCalls.class);
		c = backApp.getBean(BackService.class);
		arrivingAtC = backApp.getBean(ArrivingTimeouts.class);
	}

	@AfterAll
	static void stopTheChain() {
		for (int i = apps.size() - 1; i >= 0; i--) {
			SpringApplication.exit(apps.get(i));
		}
		apps.clear();
	}

	@BeforeEach
	void forgetEarlierCalls() {
		b.ended().clear();
		c.interrupted().clear();
		arrivingAtC.timeouts().clear();
	}

	@Test
	void callersDeadlineStopsEveryHopOfASynchronousChain() throws Exception {
		long start = System.nanoTime();
		RpcTimeoutException timeout = catchThrowableOfType(RpcTimeoutException.class, () -> front.relay("job"));
		Duration seenByA = since(start);
		assertThat(timeout).as("what A sees").isNotNull();
		assertThat(seenByA).isBetween(A_DEADLINE.minusMillis(50), WELL_BEFORE_30S);
		assertEveryHopStoppedAtTheDeadline(start, "http-nio-");
	}

	@Test
	void callersDeadlineStopsACallThatBMakesOnItsTaskExecutor() throws Exception {
		long start = System.nanoTime();
		CompletableFuture<String> relayed = front.relayLater("job");
		ExecutionException failure = catchThrowableOfType(ExecutionException.class,
				() -> relayed.get(WELL_BEFORE_30S.toMillis(), TimeUnit.MILLISECONDS));
		Duration seenByA = since(start);
		assertThat(failure).as("what A sees").isNotNull();
		assertThat(failure.getCause()).isInstanceOf(RpcTimeoutException.class);
		assertThat(seenByA).isBetween(A_DEADLINE.minusMillis(50), WELL_BEFORE_30S);
		assertEveryHopStoppedAtTheDeadline(start, "task-");
	}

	@Test
	void serverPublishesTheDeadlineOfACallThatHasOneAndNothingForACallWithout() throws Exception {
		assertThat(front.incomingDeadline()).as("A's call, with A's deadline")
			.matches("Front\\.incomingDeadline \\d+")
			.satisfies((seen) -> assertThat(Long.parseLong(seen.substring(23))).isBetween(1L, A_DEADLINE.toMillis()));
		HttpRequest.Builder plain = HttpRequest.newBuilder(URI.create(relayUrl + "/rpc/Front/incomingDeadline"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("[]"));
		HttpClient http = HttpClient.newHttpClient();
		assertThat(http.send(plain.build(), BodyHandlers.ofString()).body()).as("a call without Rpc-Timeout-Ms")
			.isEqualTo("\"none\"");
		assertThat(http.send(plain.header("Rpc-Timeout-Ms", "5000").build(), BodyHandlers.ofString()).body())
			.matches("\"Front\\.incomingDeadline \\d+\"");
		assertThat(IncomingDeadline.current()).as("on the caller's thread").isNull();
	}

	/**
	 * C was told at most A's deadline and was interrupted at about it; B's call to C failed with
	 * a timeout that says A's call capped it, on the thread B made it on, which is free again.
	 */
	private static void assertEveryHopStoppedAtTheDeadline(long start, String bThread) throws InterruptedException {
		String timeoutAtC = arrivingAtC.timeouts().poll(WELL_BEFORE_30S.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(timeoutAtC).as("Rpc-Timeout-Ms that C received").isNotNull();
		assertThat(Long.parseLong(timeoutAtC)).isBetween(1L, A_DEADLINE.toMillis());
		Long interrupted = c.interrupted().poll(WELL_BEFORE_30S.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(interrupted).as("C's method was interrupted").isNotNull();
		assertThat(Duration.ofNanos(interrupted - start)).as("when C stopped working")
			.isBetween(A_DEADLINE.minusMillis(50), WELL_BEFORE_30S);
		OutgoingCalls.Ended ended = b.ended().poll(WELL_BEFORE_30S.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(ended).as("B's call to C ended").isNotNull();
		assertThat(Duration.ofNanos(ended.nanoTime() - start)).as("when B's call to C ended")
			.isLessThan(WELL_BEFORE_30S);
		assertThat(ended.thread()).startsWith(bThread);
		assertThat(ended.failure()).isInstanceOf(IncomingDeadlineExceededException.class)
			.hasMessageContaining("capped by the incoming call Front.");
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static ConfigurableApplicationContext start(Class<?> app, WebApplicationType type, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.main.banner-mode=off", "server.port=0",
				"server.address=127.0.0.1"));
		all.addAll(List.of(properties));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(app).web(type)
			.properties(all.toArray(String[]::new))
			.run();
		apps.add(context);
		return context;
	}

	private static String url(ConfigurableApplicationContext server) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
	}

}
