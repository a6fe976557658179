package io.rpcboot.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcMethod;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.retry.DefaultRpcRetryPolicy;
import io.rpcboot.client.retry.RetrySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The calls of {@code CompletableFuture} methods, sent through the async HTTP client, keep the
 * rules of blocking calls (each test runs both ways), and cancelling one aborts its exchange.
 */
class AsyncTransportTests {

	private final CountDownLatch hungUp = new CountDownLatch(1);

	private RawPeer peer;

	private RpcClientFactory factory;

	private AutoCloseable asyncClient;

	@AfterEach
	void stop() throws Exception {
		this.factory.destroy();
		this.asyncClient.close();
		this.peer.close();
	}

	private Echo echo(RawPeer.Script script, Duration timeout, DataSize maxResponseSize) throws IOException {
		this.peer = new RawPeer(script);
		this.factory = RawPeer.clients(this.peer.endpoint(timeout, RetrySettings.defaults(), maxResponseSize),
				RestClient.builder(), new DefaultRpcRetryPolicy());
		this.asyncClient = RawPeer.async(this.factory);
		return this.factory.create(Echo.class, new ClientSpec("Echo", "Echo", null));
	}

	private Echo echo(RawPeer.Script script) throws IOException {
		return echo(script, Duration.ofSeconds(30), DataSize.ofMegabytes(1));
	}

	@Test
	void futureReturnsBeforeTheAnswer() throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		Echo echo = echo((n, out) -> {
			answer.await(10, TimeUnit.SECONDS);
			RawPeer.answer(out, "200 OK", "application/json", "\"later\"");
		});
		CompletableFuture<String> future = echo.echoLater("x");
		assertThat(future).isNotDone();
		answer.countDown();
		assertThat(future.get(10, TimeUnit.SECONDS)).isEqualTo("later");
		assertThat(this.peer.heads().get(0)).containsIgnoringCase("rpc-timeout-ms: ")
			.containsIgnoringCase("content-type: application/json\r\n");
	}

	@Test
	void cancellingTheFutureAbortsItsExchange() throws Exception {
		Echo echo = echo((n, out) -> {
			out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
				.getBytes());
			try {
				for (int i = 0; i < 400; i++) { // a slow answer, until the client goes
					out.write("1\r\n \r\n".getBytes());
					out.flush();
					Thread.sleep(50);
				}
			}
			catch (IOException ex) {
				this.hungUp.countDown();
			}
		});
		CompletableFuture<String> future = echo.echoLater("x");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.peer.requests() == 1);
		assertThat(future.cancel(true)).isTrue();
		assertThat(this.hungUp.await(10, TimeUnit.SECONDS)).as("the server saw the connection go").isTrue();
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void deadlineEndsATricklingAnswer(Way way) throws Exception {
		Echo echo = echo((n, out) -> {
			out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
				.getBytes());
			for (int i = 0; i < 400; i++) { // never an idle read timeout: only the deadline ends it
				out.write("1\r\n \r\n".getBytes());
				out.flush();
				Thread.sleep(20);
			}
		}, Duration.ofMillis(500), DataSize.ofMegabytes(1));
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> way.call(echo, "x"))
			.withMessageContaining("no answer within 500ms");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(400L, 6_000L);
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void idempotentCallIsResentAfterUnavailable(Way way) throws Throwable {
		Echo echo = echo((n, out) -> {
			if (n == 1) {
				RawPeer.answer(out, "503 Service Unavailable", "application/problem+json",
						"{\"code\":\"unavailable\",\"detail\":\"busy\"}");
			}
			else {
				RawPeer.answer(out, "200 OK", "application/json", "\"second\"");
			}
		});
		assertThat(way.call(echo, "x")).isEqualTo("second");
		assertThat(this.peer.requests()).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void answeredFailuresMapAsForBlockingCalls(Way way) throws Exception {
		Echo echo = echo((n, out) -> RawPeer.answer(out, "400 Bad Request", "application/problem+json",
				"{\"code\":\"invalid_argument\",\"detail\":\"Echo.echo: no\"}"));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> way.call(echo, "x"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.INVALID_ARGUMENT);
				assertThat(ex.status()).isEqualTo(400);
			});
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void connectionClosedWithoutAnAnswerMayHaveRunAndIsResent(Way way) throws Exception {
		Echo echo = echo((n, out) -> {
			// reads the request, and closes
		});
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> way.call(echo, "x"))
			.withMessageContaining("the call may have run");
		assertThat(this.peer.requests()).as("idempotent: resent up to max-attempts").isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void refusedConnectionIsUnavailable(Way way) throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		echo((n, out) -> {
		});
		this.factory = RawPeer.clients("http://127.0.0.1:" + closedPort, Duration.ofSeconds(5));
		this.asyncClient.close();
		this.asyncClient = RawPeer.async(this.factory);
		Echo echo = this.factory.create(Echo.class, new ClientSpec("Echo", "Echo", null));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> way.call(echo, "x"))
			.withMessageContaining("cannot reach");
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void answerOverTheLimitIsRefused(Way way) throws Exception {
		Echo echo = echo((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"123456789\""),
				Duration.ofSeconds(30), DataSize.ofBytes(10));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> way.call(echo, "x")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.RESOURCE_EXHAUSTED);
			assertThat(ex.getMessage()).contains("over rpc.client.max-response-size, 10 bytes");
		});
	}

	@Test
	void callsAreCounted() throws Exception {
		Echo echo = echo((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"ok\""));
		echo.echoLater("x").get(10, TimeUnit.SECONDS);
		assertThat(this.factory.clients().get(0).methods())
			.filteredOn((method) -> method.name().equals("echoLater"))
			.singleElement()
			.satisfies((method) -> assertThat(method.counts().byCode()).containsEntry("OK", 1L));
	}

	/** A call made blocking, or through its future. */
	enum Way {

		BLOCKING {
			@Override
			String call(Echo echo, String value) {
				return echo.echo(value);
			}
		},

		FUTURE {
			@Override
			String call(Echo echo, String value) throws Throwable {
				try {
					return echo.echoLater(value).get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					throw ex.getCause();
				}
			}
		};

		abstract String call(Echo echo, String value) throws Throwable;

	}

	interface Echo {

		@RpcMethod(idempotent = true)
		String echo(String value);

		@RpcMethod(idempotent = true)
		CompletableFuture<String> echoLater(String value);

	}

}
