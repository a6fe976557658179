package io.rpcboot.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rpcboot.RpcTimeoutException;
import io.rpcboot.context.IncomingDeadline;
import io.rpcboot.context.IncomingDeadlineExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A call made while the thread handles an incoming call ends no later than that one, against
 * peers on real sockets; a call made on a plain thread keeps its own deadline.
 */
class IncomingDeadlineCapTests {

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

	private Worker worker(RawPeer.Script script, Duration ownTimeout) throws IOException {
		this.peer = new RawPeer(script);
		this.factory = this.peer.clients(ownTimeout);
		return this.factory.create(Worker.class, new ClientSpec("Worker", "Worker", null));
	}

	private static void ok(java.io.OutputStream out) throws IOException {
		RawPeer.answer(out, "200 OK", "application/json", "\"done\"");
	}

	/** The {@code Rpc-Timeout-Ms} the peer received with its only request. */
	private long sentTimeout() {
		assertThat(this.peer.heads()).hasSize(1);
		return this.peer.heads()
			.get(0)
			.lines()
			.filter((line) -> line.toLowerCase().startsWith("rpc-timeout-ms:"))
			.mapToLong((line) -> Long.parseLong(line.substring(15).trim()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void callMadeAfterTheIncomingDeadlinePassedFailsAtOnceAndSendsNothing() throws IOException {
		Worker worker = worker((n, out) -> ok(out), Duration.ofSeconds(30));
		long start = System.nanoTime();
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay", System.nanoTime() - 1)) {
			assertThatExceptionOfType(IncomingDeadlineExceededException.class).isThrownBy(() -> worker.work("a"))
				.satisfies((ex) -> assertThat(ex.incomingCall()).isEqualTo("Front.relay"))
				.withMessage("Worker.work: the deadline of the incoming call Front.relay passed;"
						+ " the call was not sent");
			CompletableFuture<String> later = worker.workLater("b");
			assertThat(catchThrowableOfType(ExecutionException.class, () -> later.get(10, TimeUnit.SECONDS)))
				.cause()
				.isInstanceOf(IncomingDeadlineExceededException.class)
				.hasMessageContaining("the deadline of the incoming call Front.relay passed");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(this.peer.requests()).as("requests that reached the peer").isZero();
	}

	@Test
	void callWithinAnIncomingCallSendsWhatTimeIsLeftAndEndsWithIt() throws IOException {
		Worker worker = worker((n, out) -> Thread.sleep(20_000), Duration.ofSeconds(30));
		long start = System.nanoTime();
		RpcTimeoutException timeout;
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay",
				start + TimeUnit.MILLISECONDS.toNanos(400))) {
			timeout = catchThrowableOfType(RpcTimeoutException.class, () -> worker.work("a"));
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(timeout).isInstanceOf(IncomingDeadlineExceededException.class);
		assertThat(timeout.getMessage()).startsWith("Worker.work: no answer within ")
			.endsWith("ms, capped by the incoming call Front.relay instead of its own 30s");
		assertThat(took).isBetween(Duration.ofMillis(390), Duration.ofSeconds(10));
		assertThat(sentTimeout()).isBetween(1L, 400L);
	}

	@Test
	void asyncCallTakesTheCapOfTheThreadThatMakesIt() throws Exception {
		Worker worker = worker((n, out) -> Thread.sleep(20_000), Duration.ofSeconds(30));
		long start = System.nanoTime();
		CompletableFuture<String> later;
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay",
				start + TimeUnit.MILLISECONDS.toNanos(400))) {
			later = worker.workLater("a");
		}
		assertThat(catchThrowableOfType(ExecutionException.class, () -> later.get(10, TimeUnit.SECONDS)))
			.cause()
			.isInstanceOf(IncomingDeadlineExceededException.class)
			.hasMessageContaining("capped by the incoming call Front.relay");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(sentTimeout()).isBetween(1L, 400L);
	}

	@Test
	void timeoutTheServerAnswersToACappedCallSaysWhatCappedIt() throws IOException {
		Worker worker = worker((n, out) -> RawPeer.answer(out, "504 Gateway Timeout", "application/problem+json",
				"{\"status\": 504, \"detail\": \"Worker.work: the deadline passed while the call ran\","
						+ " \"code\": \"deadline_exceeded\"}"),
				Duration.ofSeconds(30));
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay",
				System.nanoTime() + TimeUnit.SECONDS.toNanos(5))) {
			assertThatExceptionOfType(IncomingDeadlineExceededException.class).isThrownBy(() -> worker.work("a"))
				.withMessageStartingWith(
						"Worker.work: the deadline passed while the call ran; its deadline was ")
				.withMessageEndingWith("ms, capped by the incoming call Front.relay instead of its own 30s")
				.withCauseInstanceOf(RpcTimeoutException.class);
		}
	}

	@Test
	void callOnAPlainThreadKeepsItsOwnDeadline() throws IOException {
		Worker worker = worker((n, out) -> ok(out), Duration.ofSeconds(5));
		assertThat(IncomingDeadline.current()).isNull();
		assertThat(worker.work("a")).isEqualTo("done");
		assertThat(sentTimeout()).isBetween(4000L, 5000L);
	}

	@Test
	void incomingDeadlineLaterThanTheCallsOwnChangesNothing() throws IOException {
		Worker worker = worker((n, out) -> Thread.sleep(20_000), Duration.ofMillis(300));
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay",
				System.nanoTime() + TimeUnit.SECONDS.toNanos(60))) {
			assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> worker.work("a"))
				.withMessage("Worker.work: no answer within 300ms")
				.isExactlyInstanceOf(RpcTimeoutException.class);
		}
		assertThat(sentTimeout()).isBetween(200L, 300L);
	}

	interface Worker {

		String work(String job);

		CompletableFuture<String> workLater(String job);

	}

}
