package io.rpcboot.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every way a network or a peer can fail, and the exact exception the client stub throws for it. */
class BrokenPeerTests {

	private RawPeer peer;

	private RpcClientFactory factory;

	private Greeter greeter(RawPeer.Script script) throws IOException {
		return greeter(script, Duration.ofSeconds(5));
	}

	private Greeter greeter(RawPeer.Script script, Duration timeout) throws IOException {
		this.peer = new RawPeer(script);
		this.factory = this.peer.clients(timeout);
		return this.factory.create(Greeter.class, new ClientSpec("Greeter", "Greeter", null));
	}

	@AfterEach
	void stop() throws Exception {
		if (this.factory != null) {
			this.factory.destroy();
		}
		if (this.peer != null) {
			this.peer.close();
		}
	}

	@Test
	void connectionRefusedIsUnavailable() throws IOException {
		Greeter greeter = greeter((n, out) -> {
		});
		this.peer.close();
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.UNAVAILABLE);
				assertThat(ex.service()).isEqualTo("Greeter");
				assertThat(ex.method()).isEqualTo("greet");
			});
	}

	@Test
	void connectionClosedWithoutAnswerIsUnavailable() throws IOException {
		Greeter greeter = greeter((n, out) -> {
		});
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"));
	}

	@Test
	void answerCutShortIsUnavailable() throws IOException {
		Greeter greeter = greeter((n, out) -> {
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n\"0123456")
				.getBytes());
			out.flush();
		});
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"));
	}

	@Test
	void badGatewayAndServiceUnavailableAreUnavailable() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, (n == 1) ? "502 Bad Gateway" : "503 Unavailable",
				"text/html", "<html>proxy error</html>"));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"));
		assertThat(this.peer.requests()).as("a call that is not idempotent is never resent").isEqualTo(2);
	}

	@Test
	void tooManyRequestsIsNotResent() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "429 Too Many Requests", "application/problem+json",
				"{\"status\": 429, \"detail\": \"slow down\", \"code\": \"resource_exhausted\"}"));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(RpcCode.RESOURCE_EXHAUSTED));
		assertThat(this.peer.requests()).isEqualTo(1);
	}

	@Test
	void successThatIsNotJsonIsInternal() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", "text/html", "<html>hi</html>"));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INTERNAL);
			assertThat(ex.status()).isEqualTo(200);
		});
	}

	@Test
	void successThatDoesNotBindIsInternal() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "{\"not\": \"a list\"}"));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.names()).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INTERNAL);
			assertThat(ex.status()).isEqualTo(200);
			assertThat(ex.getMessage()).startsWith("Greeter.names: the answer does not bind to java.util.List");
		});
	}

	@Test
	void unknownCodeIsUnknown() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "418 I'm a teapot", "application/problem+json",
				"{\"status\": 418, \"detail\": \"short and stout\", \"code\": \"weird_code\"}"));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.UNKNOWN);
			assertThat(ex.status()).isEqualTo(418);
			assertThat(ex.remoteMessage()).isEqualTo("short and stout");
		});
	}

	@Test
	void undeclaredExceptionNameIsNeverInstantiated() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "422 Unprocessable", "application/problem+json",
				"{\"status\": 422, \"detail\": \"boom\", \"code\": \"failed_precondition\", \"exception\": \""
						+ Tripwire.class.getName() + "\"}"));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.FAILED_PRECONDITION);
			assertThat(ex.remoteType()).isEqualTo(Tripwire.class.getName());
		});
		assertThat(tripped).as("the named class was initialized").isFalse();
	}

	@Test
	void peerThatNeverAnswersTimesOutAtTheDeadline() throws IOException {
		Greeter greeter = greeter((n, out) -> Thread.sleep(5000), Duration.ofMillis(300));
		assertTimesOutAfter300ms(greeter);
	}

	@Test
	void peerThatTricklesItsAnswerTimesOutAtTheDeadline() throws IOException {
		Greeter greeter = greeter((n, out) -> {
			out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n\"".getBytes());
			for (int i = 0; i < 98; i++) { // one byte now and then: no single read waits long
				out.write('x');
				out.flush();
				Thread.sleep(50);
			}
		}, Duration.ofMillis(300));
		assertTimesOutAfter300ms(greeter);
	}

	@Test
	void peerThatTricklesItsHeadersTimesOutAtTheDeadline() throws IOException {
		Greeter greeter = greeter((n, out) -> {
			out.write("HTTP/1.1 200 OK\r\n".getBytes());
			for (int i = 0; i < 100; i++) {
				out.write(("X-Slow-" + i + ": x\r\n").getBytes());
				out.flush();
				Thread.sleep(50);
			}
		}, Duration.ofMillis(300));
		assertTimesOutAfter300ms(greeter);
	}

	/** A server counts its deadline from the request's arrival: its 504 may come a moment after the client's. */
	@Test
	void serversAnswerJustPastTheDeadlineStillReachesTheCaller() throws IOException {
		Greeter greeter = greeter((n, out) -> {
			Thread.sleep(330);
			RawPeer.answer(out, "504 Gateway Timeout", "application/problem+json",
					"{\"status\":504,\"code\":\"deadline_exceeded\",\"detail\":\"Greeter.greet: the peer's own deadline passed\"}");
		}, Duration.ofMillis(300));
		assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> greeter.greet("a"))
			.withMessage("Greeter.greet: the peer's own deadline passed");
	}

	private static void assertTimesOutAfter300ms(Greeter greeter) {
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> greeter.greet("a"))
			.withMessage("Greeter.greet: no answer within 300ms");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(250L, 2000L);
	}

	@Test
	void unknownHostIsUnavailable() {
		this.factory = RawPeer.clients("http://no-such-host.invalid", Duration.ofSeconds(5));
		Greeter greeter = this.factory.create(Greeter.class, new ClientSpec("Greeter", "Greeter", null));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"))
			.withMessageContaining("no-such-host.invalid");
	}

	interface Greeter {

		String greet(String name);

		List<String> names();

	}

	static volatile boolean tripped;

	/** Flips {@link #tripped} if anything ever initializes it. */
	static class Tripwire extends RuntimeException {

		static {
			tripped = true;
		}

	}

}
