package io.rpcboot.it.flight;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.client.ShopClientApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of {@code CompletableFuture} calls in flight at once, each answered after a second
 * by a server method that holds no thread either, take a few threads in the client JVM, not
 * one per call. The server runs in a JVM of its own, so that every thread counted here is the
 * client's. 2,000 calls by default; {@code -Drpcboot.flight.calls=10000} for the figure.
 */
class AsyncFlightTests {

	private static final int CALLS = Integer.getInteger("rpcboot.flight.calls", 2000);

	/** The most threads the client may add to this JVM while its calls are in flight. */
	private static final int MAX_THREADS = 64;

	private static Process server;

	private static int port;

	@BeforeAll
	static void startServer() throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		server = new ProcessBuilder(java, "-Xss256k", "-cp", System.getProperty("java.class.path"),
				FlightServerMain.class.getName(), "--server.port=0", "--server.address=127.0.0.1",
				"--server.tomcat.max-connections=" + (CALLS + 1000), "--server.tomcat.accept-count=4096")
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		List<String> lines = new ArrayList<>();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith(FlightServerMain.PORT)) {
				port = Integer.parseInt(line.substring(FlightServerMain.PORT.length()));
				break;
			}
			lines.add(line);
		}
		assertThat(port).as("the server's port; it printed %s", lines).isPositive();
		Thread drain = new Thread(() -> output.lines().forEach((line) -> {
		}), "flight-server-output");
		drain.setDaemon(true);
		drain.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.getOutputStream().close();
		if (!server.waitFor(20, TimeUnit.SECONDS)) {
			server.destroyForcibly();
		}
	}

	@Test
	void thousandsOfFuturesInFlightTakeAFewThreads() throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Set<Long> before = Arrays.stream(threads.getAllThreadIds()).boxed().collect(Collectors.toSet());
		ConfigurableApplicationContext client = new SpringApplicationBuilder(ShopClientApp.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "rpc.client.services.Shop.url=http://127.0.0.1:" + port,
					// the deadline is the only bound on time: a generous one, the machine is shared
					"rpc.client.timeout=120s", "rpc.client.connect-timeout=30s",
					"rpc.client.async.max-connections=" + CALLS)
			.run();
		try {
			ShopClient shop = client.getBean(ShopClient.class);
			assertThat(shop.later("warm", 1).get(30, TimeUnit.SECONDS)).isEqualTo("WARM");
			AtomicInteger peak = new AtomicInteger();
			AtomicInteger peakAll = new AtomicInteger();
			Map<String, Integer> atPeak = new TreeMap<>();
			long start = System.nanoTime();
			List<CompletableFuture<String>> calls = new ArrayList<>(CALLS);
			for (int i = 0; i < CALLS; i++) {
				calls.add(shop.later("v" + i, 1000));
			}
			CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
			int sent = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			while (!all.isDone()) {
				ThreadInfo[] live = threads.getThreadInfo(threads.getAllThreadIds());
				List<ThreadInfo> added = Arrays.stream(live)
					.filter((info) -> info != null && !before.contains(info.getThreadId()))
					.toList();
				peakAll.accumulateAndGet(live.length, Math::max);
				if (added.size() > peak.get()) {
					peak.set(added.size());
					atPeak.clear();
					added.forEach((info) -> atPeak.merge(info.getThreadName().replaceAll("[0-9]+", "N"), 1,
							Integer::sum));
				}
				Thread.sleep(20);
			}
			all.get(); // every call succeeded within its deadline
			long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			for (int i = 0; i < CALLS; i++) {
				assertThat(calls.get(i).get()).isEqualTo("V" + i);
			}
			System.out.printf("%d future calls of 1 s: sent in %d ms, all answered in %d ms; at most %d threads "
					+ "added by the client (%s), %d live in this JVM%n", CALLS, sent, took, peak.get(), atPeak,
					peakAll.get());
			assertThat(peak.get()).as("threads the client added while %d calls were in flight: %s", CALLS, atPeak)
				.isLessThanOrEqualTo(MAX_THREADS);
		}
		finally {
			SpringApplication.exit(client);
		}
	}

}
