package io.rpcboot.server;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;


/**
 * A call answered asynchronously: one with a deadline, or one returning a
 * {@code CompletableFuture}. Whichever comes first, the method's outcome or the deadline,
 * answers the call; the loser is dropped. At the deadline the method's thread is
 * interrupted (or its future cancelled) and 504 is sent at once, without waiting for it.
 * A synchronous method still runs on the request thread: no hand-off costs a thread switch.
 * Where the connection fails first (the caller went away), the call is stopped the same way
 * and nothing is answered.
 */
final class DeadlineCall implements AsyncListener {

	private final AsyncContext async;

	private final ServerMethod method;

	private final ResponseWriter writer;

	private final CallLimit.Permit permit;

	private final Object lock = new Object();

	private boolean answered;

	private @Nullable Thread runner;

	private volatile @Nullable ScheduledFuture<?> watchdog;

	private @Nullable CompletableFuture<?> future;

	/** @param permit released when the method's work ends: it returned, and its future completed */
	DeadlineCall(AsyncContext async, ServerMethod method, ResponseWriter writer, CallLimit.Permit permit) {
		this.async = async;
		this.method = method;
		this.writer = writer;
		this.permit = permit;
	}

	/**
	 * Runs the method on the calling thread.
	 * @param deadlineNanos the {@link System#nanoTime()} of the deadline, or -1 for none
	 */
	void run(@Nullable Object[] arguments, long deadlineNanos, ScheduledExecutorService scheduler) {
		this.async.addListener(this);
		synchronized (this.lock) {
			this.runner = Thread.currentThread();
		}
		if (deadlineNanos >= 0) {
			try {
				this.watchdog = scheduler.schedule(this::expire, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
			}
			catch (RejectedExecutionException ex) { // the servlet is being destroyed: the call does not run
				this.permit.release();
				finish(null, RpcFailure.shuttingDown(this.method.operation().qualifiedName()));
				return;
			}
		}
		Object result = null;
		Throwable thrown = null;
		try {
			result = this.method.invoke(arguments, deadlineNanos);
		}
		catch (Throwable ex) {
			thrown = ex;
		}
		CompletableFuture<?> pending = (this.method.operation().async() && result != null)
				? (CompletableFuture<?>) result : null;
		if (pending != null) {
			pending.whenComplete((value, ex) -> this.permit.release());
		}
		else {
			this.permit.release();
		}
		synchronized (this.lock) {
			this.runner = null;
			if (this.answered) {
				Thread.interrupted(); // the deadline's interrupt must not leak into the container's thread
				if (pending != null) {
					pending.cancel(true);
				}
				return;
			}
			this.future = pending; // from here on, the deadline cancels it
		}
		if (this.method.operation().async() && thrown == null) {
			if (pending == null) {
				finish(null, new IllegalStateException(
						this.method.operation().qualifiedName() + " returned a null CompletableFuture"));
				return;
			}
			pending.whenComplete((value, ex) -> finish(value, unwrap(ex)));
			return;
		}
		finish(result, thrown);
	}

	/** Answers the method's outcome: its work has ended, so its place goes to the next call first. */
	private void finish(@Nullable Object result, @Nullable Throwable thrown) {
		this.permit.release();
		synchronized (this.lock) {
			if (this.answered) {
				return;
			}
			this.answered = true;
		}
		cancelWatchdog();
		answer(() -> this.writer.writeOutcome(response(), this.method, result, thrown));
	}

	private void cancelWatchdog() {
		ScheduledFuture<?> pendingWatchdog = this.watchdog;
		if (pendingWatchdog != null) {
			pendingWatchdog.cancel(false);
		}
	}

	private void expire() {
		if (stop()) {
			answer(() -> this.writer.writeFailure(response(), RpcFailure.deadlinePassed(this.method.operation())));
		}
	}

	/** Interrupts the method's thread or cancels its future; false where the call was answered already. */
	private boolean stop() {
		CompletableFuture<?> pending;
		synchronized (this.lock) {
			if (this.answered) {
				return false;
			}
			this.answered = true;
			if (this.runner != null) {
				this.runner.interrupt();
			}
			pending = this.future;
		}
		if (pending != null) {
			pending.cancel(true);
		}
		return true;
	}

	/**
	 * The connection failed. Completing here keeps the container from an error dispatch to
	 * {@code /error}, which would only try to write to the same dead connection.
	 */
	@Override
	public void onError(AsyncEvent event) {
		stop();
		cancelWatchdog();
		complete();
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		// never called: the container's async timeout is off, the call's deadline governs
	}

	@Override
	public void onComplete(AsyncEvent event) {
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

	private void answer(Answer answer) {
		try {
			answer.write();
		}
		catch (IOException | RuntimeException ex) {
			// the caller went away; nothing is left to tell it
		}
		finally {
			complete();
		}
	}

	private void complete() {
		try {
			this.async.complete();
		}
		catch (IllegalStateException ex) {
			// completed already, by the other of the answer and a connection error
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
