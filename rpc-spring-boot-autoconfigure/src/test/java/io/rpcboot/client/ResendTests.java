package io.rpcboot.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcMethod;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.retry.DefaultRpcRetryPolicy;
import io.rpcboot.client.retry.RetryAttempt;
import io.rpcboot.client.retry.RetrySettings;
import io.rpcboot.client.retry.RpcRetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which failed calls are sent again, when, and how often, against peers on real sockets: the
 * client's retry settings, the server's {@code Retry-After}, the deadline and the budget.
 */
class ResendTests {

	private static final String UNAVAILABLE = "{\"status\": 503, \"detail\": \"busy\", \"code\": \"unavailable\"}";

	private RawPeer peer;

	private RpcClientFactory factory;

	@AfterEach
	void stop() throws Exception {
		if (this.factory != null) {
			this.factory.destroy();
		}
		if (this.peer != null) {
			this.peer.close();
		}
	}

	private Counter counter(RawPeer.Script script, Duration timeout, RetrySettings retry) throws IOException {
		return counter(script, timeout, retry, new DefaultRpcRetryPolicy());
	}

	private Counter counter(RawPeer.Script script, Duration timeout, RetrySettings retry, RpcRetryPolicy policy)
			throws IOException {
		this.peer = new RawPeer(script);
		this.factory = RawPeer.clients(this.peer.endpoint(timeout, retry, DataSize.ofMegabytes(16)),
				RestClient.builder(), policy);
		return this.factory.create(Counter.class, new ClientSpec("Counter", "Counter", null));
	}

	private static void unavailable(java.io.OutputStream out, String extraHeader) throws IOException {
		byte[] body = UNAVAILABLE.getBytes();
		out.write(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\n" + extraHeader
				+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes());
		out.write(body);
		out.flush();
	}

	@Test
	void idempotentCallIsSentAsOftenAsMaxAttemptsSays() throws IOException {
		Counter counter = counter((n, out) -> unavailable(out, ""), Duration.ofSeconds(10),
				new RetrySettings(5, Duration.ofMillis(1), Duration.ofMillis(5)));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::current)
			.withMessage("Counter.current: busy");
		assertThat(this.peer.requests()).isEqualTo(5);
	}

	@Test
	void oneAttemptNeverResends() throws IOException {
		Counter counter = counter((n, out) -> unavailable(out, ""), Duration.ofSeconds(10),
				new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(5)));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::current);
		assertThat(this.peer.requests()).isEqualTo(1);
	}

	@Test
	void retryAfterIsHonoured() throws IOException {
		Counter counter = counter((n, out) -> {
			if (n == 1) {
				unavailable(out, "Retry-After: 1\r\n");
			}
			else {
				RawPeer.answer(out, "200 OK", "application/json", "7");
			}
		}, Duration.ofSeconds(10), RetrySettings.defaults());
		assertThat(counter.current()).isEqualTo(7);
		List<Long> arrivals = this.peer.arrivals();
		assertThat(arrivals).hasSize(2);
		assertThat(TimeUnit.NANOSECONDS.toMillis(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(990);
	}

	@Test
	void retryAfterBeyondTheDeadlineGivesUpAtOnce() throws IOException {
		Counter counter = counter((n, out) -> unavailable(out, "Retry-After: 30\r\n"), Duration.ofSeconds(20),
				RetrySettings.defaults());
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::current)
			.withMessage("Counter.current: busy");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
		assertThat(this.peer.requests()).isEqualTo(1);
	}

	@Test
	void neverSleepsPastTheDeadlineAndEndsWithTheLastFailure() throws IOException {
		// attempts at 0, 1000 and 2000ms; one more, at 3000ms, cannot fit
		Counter counter = counter((n, out) -> unavailable(out, ""), Duration.ofMillis(3000),
				new RetrySettings(1000, Duration.ofMillis(1000), Duration.ofMillis(1000)),
				(attempt) -> Duration.ofMillis(1000));
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::current)
			.withMessage("Counter.current: busy");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
		assertThat(this.peer.requests()).isBetween(2, 3);
	}

	@Test
	void policySeesEachAttemptOfTheClient() throws IOException {
		List<RetryAttempt> seen = new CopyOnWriteArrayList<>();
		RetrySettings settings = new RetrySettings(3, Duration.ofMillis(2), Duration.ofMillis(4));
		Counter counter = counter((n, out) -> unavailable(out, "Retry-After: 0\r\n"), Duration.ofSeconds(10), settings,
				(attempt) -> {
					seen.add(attempt);
					return (attempt.attempts() < 3) ? Duration.ZERO : null;
				});
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::current);
		assertThat(seen).extracting(RetryAttempt::attempts).containsExactly(1, 2, 3);
		assertThat(seen).allSatisfy((attempt) -> {
			assertThat(attempt.client()).isEqualTo("Counter");
			assertThat(attempt.service()).isEqualTo("Counter");
			assertThat(attempt.method()).isEqualTo("current");
			assertThat(attempt.settings()).isEqualTo(settings);
			assertThat(attempt.retryAfter()).isEqualTo(Duration.ZERO);
			assertThat(attempt.failure().getMessage()).isEqualTo("Counter.current: busy");
		});
	}

	@Test
	void callThatMayHaveRunIsNotResentAndSaysSo() throws IOException {
		Counter counter = counter((n, out) -> {
		}, Duration.ofSeconds(5), RetrySettings.defaults());
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::increment)
			.withMessageContaining("the call may have run");
		assertThat(this.peer.requests()).isEqualTo(1);
	}

	@Test
	void gatewayUnavailableIsNotResentForCallsThatMayHaveRun() throws IOException {
		Counter counter = counter((n, out) -> RawPeer.answer(out, "502 Bad Gateway", "text/html", "<html/>"),
				Duration.ofSeconds(5), RetrySettings.defaults());
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::increment)
			.withMessage("Counter.increment: the server answered HTTP 502 without an RPC problem body; "
					+ "the call may have run");
		assertThat(this.peer.requests()).isEqualTo(1);
	}

	@Test
	void callThatNeverLeftIsResentEvenIfNotIdempotent() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		String url = "http://127.0.0.1:" + port;
		this.factory = RawPeer.clients(new ClientEndpoint(url, "/rpc", null, Duration.ofSeconds(10),
				Duration.ofSeconds(1), java.util.Map.of(), new RetrySettings(3, Duration.ZERO, Duration.ZERO),
				DataSize.ofMegabytes(16)), RestClient.builder(), (attempt) -> {
					if (attempt.attempts() < 3) {
						openPeerOn(attempt, port);
						return Duration.ofMillis(100);
					}
					return null;
				});
		Counter counter = this.factory.create(Counter.class, new ClientSpec("Counter", "Counter", null));
		assertThat(counter.increment()).isEqualTo(1);
		assertThat(this.peer.requests()).isEqualTo(1);
	}

	/** The first failure was a refused connection; the peer starts listening before the resend. */
	private void openPeerOn(RetryAttempt attempt, int port) {
		assertThat(attempt.failure().getMessage()).contains("cannot reach");
		try {
			this.peer = new RawPeer(port, (n, out) -> RawPeer.answer(out, "200 OK", "application/json", "1"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void budgetKeepsResendsNearATenthOfCalls() throws IOException {
		Counter counter = counter((n, out) -> unavailable(out, ""), Duration.ofSeconds(10),
				new RetrySettings(3, Duration.ZERO, Duration.ZERO));
		int calls = 200;
		for (int i = 0; i < calls; i++) {
			assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::current);
		}
		// 10 resends saved up, then one per 10 calls: 229 requests, not the 600 of 3 attempts each
		assertThat(this.peer.requests()).isEqualTo(229);
	}

	@Test
	void asyncCallsAreResentToo() throws Exception {
		Counter counter = counter((n, out) -> {
			if (n == 1) {
				unavailable(out, "");
			}
			else {
				RawPeer.answer(out, "200 OK", "application/json", "3");
			}
		}, Duration.ofSeconds(10), RetrySettings.defaults());
		CompletableFuture<Integer> later = counter.later();
		assertThat(later.get(5, TimeUnit.SECONDS)).isEqualTo(3);
		assertThat(this.peer.requests()).isEqualTo(2);
	}

	interface Counter {

		@RpcMethod(idempotent = true)
		int current();

		@RpcMethod(idempotent = true)
		CompletableFuture<Integer> later();

		int increment();

	}

}
