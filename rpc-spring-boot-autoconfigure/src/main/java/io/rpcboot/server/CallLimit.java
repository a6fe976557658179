package io.rpcboot.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;

/**
 * {@code rpc.server.max-concurrent-calls}: a call over the limit is refused at once, just
 * before its method would run, with 503 and {@code Retry-After}, so that an overloaded server sheds load
 * instead of queueing it until every caller times out. A call counts until its work ends: the
 * method returned and, for a {@code CompletableFuture}, the future completed; a call answered
 * 504 counts until its method gives back its thread.
 */
final class CallLimit {

	/** What a refused caller is asked to wait, in seconds: a retry comes back after calls in flight ended. */
	static final String RETRY_AFTER_SECONDS = "1";

	private static final Permit UNLIMITED = () -> {
	};

	private final int maxCalls;

	private final @Nullable Semaphore permits;

	/** @param maxCalls the most calls at once; 0 for no limit */
	CallLimit(int maxCalls) {
		this.maxCalls = maxCalls;
		this.permits = (maxCalls > 0) ? new Semaphore(maxCalls) : null;
	}

	/**
	 * Takes a place for one call.
	 * @throws RpcFailure {@code unavailable}, with {@code Retry-After} set, where none is free
	 */
	Permit acquire(String target, HttpServletResponse response) {
		Semaphore available = this.permits;
		if (available == null) {
			return UNLIMITED;
		}
		if (!available.tryAcquire()) {
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			throw new RpcFailure(RpcCode.UNAVAILABLE, target + ": the server is at its limit of " + this.maxCalls
					+ " concurrent calls (rpc.server.max-concurrent-calls); the call did not run, retry later");
		}
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				available.release();
			}
		};
	}

	/** One call's place; releasing it twice releases it once. */
	@FunctionalInterface
	interface Permit {

		void release();

	}

}
