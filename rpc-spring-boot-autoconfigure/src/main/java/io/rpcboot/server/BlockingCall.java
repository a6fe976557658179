package io.rpcboot.server;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;

/**
 * A call run and answered on the request thread: a synchronous method without a deadline (the
 * cheapest path), or any call where a servlet filter on the path is not async-supported, so
 * that the container allows no answer from another thread. There the deadline interrupts the
 * method (or cancels its future), and the 504 goes out when the method gives back the thread.
 */
final class BlockingCall {

	private final ServerMethod method;

	private final ResponseWriter writer;

	private final Thread runner = Thread.currentThread();

	private boolean running = true;

	BlockingCall(ServerMethod method, ResponseWriter writer) {
		this.method = method;
		this.writer = writer;
	}

	/** @param deadlineNanos the {@link System#nanoTime()} of the deadline, or -1 for none */
	void run(HttpServletResponse response, @Nullable Object[] arguments, long deadlineNanos,
			ScheduledExecutorService scheduler) throws IOException {
		ScheduledFuture<?> watchdog = (deadlineNanos >= 0)
				? scheduler.schedule(this::interrupt, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS) : null;
		Object result = null;
		Throwable thrown = null;
		try {
			result = awaited(this.method.invoke(arguments), deadlineNanos);
		}
		catch (Throwable ex) {
			thrown = ex;
		}
		finally {
			synchronized (this) {
				this.running = false;
			}
			if (watchdog != null) {
				watchdog.cancel(false);
			}
			Thread.interrupted(); // the deadline's interrupt must not leak into the container's thread
		}
		if (deadlineNanos >= 0 && System.nanoTime() - deadlineNanos >= 0) {
			this.writer.writeFailure(response, new RpcFailure(RpcCode.DEADLINE_EXCEEDED,
					this.method.operation().qualifiedName() + ": the deadline passed while the call ran"));
			return;
		}
		this.writer.writeOutcome(response, this.method, result, thrown);
	}

	/** The value of a returned future, waited for within the deadline; any other result as it is. */
	private @Nullable Object awaited(@Nullable Object result, long deadlineNanos) throws Throwable {
		if (!this.method.operation().async()) {
			return result;
		}
		if (result == null) {
			throw new IllegalStateException(this.method.operation().qualifiedName() + " returned a null CompletableFuture");
		}
		CompletableFuture<?> future = (CompletableFuture<?>) result;
		try {
			return (deadlineNanos >= 0) ? future.get(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)
					: future.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() != null) ? ex.getCause() : ex;
		}
		catch (TimeoutException | InterruptedException ex) {
			future.cancel(true);
			throw ex;
		}
	}

	private synchronized void interrupt() {
		if (this.running) {
			this.runner.interrupt();
		}
	}

}
