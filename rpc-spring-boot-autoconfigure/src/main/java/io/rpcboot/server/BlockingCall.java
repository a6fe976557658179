package io.rpcboot.server;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;


/**
 * A call run and answered on the request thread: a synchronous method without a deadline (the
 * cheapest path), or any call where a servlet filter on the path is not async-supported, so
 * that the container allows no answer from another thread. There the deadline interrupts the
 * method (or cancels its future), and the 504 goes out when the method gives back the thread.
 */
final class BlockingCall {

	private final ServerMethod method;

	private final ResponseWriter writer;

	private final CallLimit.Permit permit;

	private final Thread runner = Thread.currentThread();

	private boolean running = true;

	/** @param permit released once the method's work ended, before the answer is written */
	BlockingCall(ServerMethod method, ResponseWriter writer, CallLimit.Permit permit) {
		this.method = method;
		this.writer = writer;
		this.permit = permit;
	}

	/** @param deadlineNanos the {@link System#nanoTime()} of the deadline, or -1 for none */
	void run(HttpServletResponse response, @Nullable Object[] arguments, long deadlineNanos,
			ScheduledExecutorService scheduler) throws IOException {
		Object result = null;
		Throwable thrown = null;
		try {
			ScheduledFuture<?> watchdog = (deadlineNanos >= 0) ? watchdog(deadlineNanos, scheduler) : null;
			try {
				result = awaited(this.method.invoke(arguments, deadlineNanos), deadlineNanos);
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
		}
		finally {
			this.permit.release(); // the work ended: the next call may take the place before this answer is out
		}
		if (deadlineNanos >= 0 && System.nanoTime() - deadlineNanos >= 0) {
			this.writer.writeFailure(response, RpcFailure.deadlinePassed(this.method.operation()));
			return;
		}
		this.writer.writeOutcome(response, this.method, result, thrown);
	}

	private ScheduledFuture<?> watchdog(long deadlineNanos, ScheduledExecutorService scheduler) {
		try {
			return scheduler.schedule(this::interrupt, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) { // the servlet is being destroyed
			throw RpcFailure.shuttingDown(this.method.operation().qualifiedName());
		}
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
