package io.rpcboot.server;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;

/**
 * A call answered asynchronously: one with a deadline, or one returning a
 * {@code CompletableFuture}. Whichever comes first, the method's outcome or the deadline,
 * answers the call; the loser is dropped. At the deadline the method's thread is
 * interrupted (or its future cancelled) and 504 is sent at once, without waiting for it.
 * A synchronous method still runs on the request thread: no hand-off costs a thread switch.
 */
final class DeadlineCall {

	private final AsyncContext async;

	private final ServerMethod method;

	private final ResponseWriter writer;

	private final Object lock = new Object();

	private boolean answered;

	private @Nullable Thread runner;

	private volatile @Nullable ScheduledFuture<?> watchdog;

	private volatile @Nullable CompletableFuture<?> future;

	DeadlineCall(AsyncContext async, ServerMethod method, ResponseWriter writer) {
		this.async = async;
		this.method = method;
		this.writer = writer;
	}

	/**
	 * Runs the method on the calling thread.
	 * @param deadlineNanos the {@link System#nanoTime()} of the deadline, or -1 for none
	 */
	void run(@Nullable Object[] arguments, long deadlineNanos, ScheduledExecutorService scheduler) {
		synchronized (this.lock) {
			this.runner = Thread.currentThread();
		}
		if (deadlineNanos >= 0) {
			this.watchdog = scheduler.schedule(this::expire, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		Object result = null;
		Throwable thrown = null;
		try {
			result = this.method.invoke(arguments);
		}
		catch (Throwable ex) {
			thrown = ex;
		}
		synchronized (this.lock) {
			this.runner = null;
			if (this.answered) {
				Thread.interrupted(); // the deadline's interrupt must not leak into the container's thread
				return;
			}
		}
		if (this.method.operation().async() && thrown == null) {
			if (result == null) {
				finish(null, new IllegalStateException(
						this.method.operation().qualifiedName() + " returned a null CompletableFuture"));
				return;
			}
			CompletableFuture<?> pending = (CompletableFuture<?>) result;
			this.future = pending;
			pending.whenComplete((value, ex) -> finish(value, unwrap(ex)));
			return;
		}
		finish(result, thrown);
	}

	private void finish(@Nullable Object result, @Nullable Throwable thrown) {
		synchronized (this.lock) {
			if (this.answered) {
				return;
			}
			this.answered = true;
		}
		ScheduledFuture<?> pendingWatchdog = this.watchdog;
		if (pendingWatchdog != null) {
			pendingWatchdog.cancel(false);
		}
		answer(() -> this.writer.writeOutcome(response(), this.method, result, thrown));
	}

	private void expire() {
		synchronized (this.lock) {
			if (this.answered) {
				return;
			}
			this.answered = true;
			if (this.runner != null) {
				this.runner.interrupt();
			}
		}
		CompletableFuture<?> pending = this.future;
		if (pending != null) {
			pending.cancel(true);
		}
		answer(() -> this.writer.writeFailure(response(), new RpcFailure(RpcCode.DEADLINE_EXCEEDED,
				this.method.operation().qualifiedName() + ": the deadline passed while the call ran")));
	}

	private void answer(Answer answer) {
		try {
			answer.write();
		}
		catch (IOException | RuntimeException ex) {
			// the caller went away; nothing is left to tell it
		}
		finally {
			this.async.complete();
		}
	}

	private HttpServletResponse response() {
		return (HttpServletResponse) this.async.getResponse();
	}

	private static @Nullable Throwable unwrap(@Nullable Throwable ex) {
		return (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
	}

	@FunctionalInterface
	private interface Answer {

		void write() throws IOException;

	}

}
