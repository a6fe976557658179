package io.rpcboot.context;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

import static org.assertj.core.api.Assertions.assertThat;

/** The thread's incoming deadline, its scopes, and how context propagation carries it to other threads. */
class IncomingDeadlineTests {

	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.worker.shutdownNow();
	}

	@Test
	void scopeSetsTheDeadlineAndRestoresTheOneBefore() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		assertThat(IncomingDeadline.current()).isNull();
		try (IncomingDeadline.Scope outer = IncomingDeadline.enter("Front.relay", deadline)) {
			try (IncomingDeadline.Scope inner = IncomingDeadline.enter("Back.work", -1)) {
				assertThat(IncomingDeadline.current()).as("a call with no deadline caps nothing").isNull();
			}
			IncomingDeadline current = IncomingDeadline.current();
			assertThat(current).isNotNull();
			assertThat(current.call()).isEqualTo("Front.relay");
			assertThat(current.nanoTime()).isEqualTo(deadline);
			assertThat(current.remaining()).isPositive();
		}
		assertThat(IncomingDeadline.current()).isNull();
	}

	@Test
	void contextSnapshotWrappedExecutorCarriesTheDeadlineAndClearsItAfterwards() throws Exception {
		ExecutorService propagating = ContextExecutorService.wrap(this.worker,
				() -> ContextSnapshotFactory.builder().build().captureAll());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay", deadline)) {
			assertThat(propagating.submit(IncomingDeadlineTests::seen).get(10, TimeUnit.SECONDS))
				.isEqualTo("Front.relay@" + deadline);
		}
		assertThat(propagating.submit(IncomingDeadlineTests::seen).get(10, TimeUnit.SECONDS)).isEqualTo("none");
		assertThat(this.worker.submit(IncomingDeadlineTests::seen).get(10, TimeUnit.SECONDS)).isEqualTo("none");
	}

	@Test
	void springsContextPropagatingTaskDecoratorCarriesTheDeadline() throws Exception {
		ContextPropagatingTaskDecorator decorator = new ContextPropagatingTaskDecorator();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		CompletableFuture<String> seen = new CompletableFuture<>();
		Runnable task;
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay", deadline)) {
			task = decorator.decorate(() -> seen.complete(seen()));
		}
		this.worker.execute(task);
		assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("Front.relay@" + deadline);
		assertThat(this.worker.submit(IncomingDeadlineTests::seen).get(10, TimeUnit.SECONDS)).isEqualTo("none");
	}

	@Test
	void plainExecutorDoesNotCarryIt() throws Exception {
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay", System.nanoTime())) {
			assertThat(this.worker.submit(IncomingDeadlineTests::seen).get(10, TimeUnit.SECONDS)).isEqualTo("none");
		}
	}

	private static String seen() {
		IncomingDeadline deadline = IncomingDeadline.current();
		return (deadline != null) ? deadline.call() + "@" + deadline.nanoTime() : "none";
	}

}
