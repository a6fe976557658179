package io.rpcboot.client;

import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.concurrent.Cancellable;
import org.jspecify.annotations.Nullable;

/**
 * One call's deadline, as Apache HttpClient must keep it. Its connect, pool-lease and read
 * timeouts bound each wait, but a peer that trickles its answer a byte at a time never lets
 * one expire: at the deadline, {@link #abort()} aborts the exchange, wherever it is.
 * {@code RestClient} creates the request on the calling thread, so the call's deadline
 * travels in a thread-local for the span of one exchange.
 */
final class CallDeadline {

	private static final ThreadLocal<CallDeadline> current = new ThreadLocal<>();

	private final RequestConfig requestConfig;

	private @Nullable Cancellable exchange;

	private boolean aborted;

	private CallDeadline(RequestConfig requestConfig) {
		this.requestConfig = requestConfig;
	}

	/** The deadline of the call this thread is sending, if any. */
	static @Nullable CallDeadline current() {
		return current.get();
	}

	/** Starts an exchange on this thread; {@link #end()} it in a {@code finally}. */
	@SuppressWarnings("deprecation") // a per-request connect timeout has no other home in HttpClient 5
	static CallDeadline begin(long connectTimeoutMillis, long remainingMillis) {
		CallDeadline deadline = new CallDeadline(RequestConfig.custom()
			.setConnectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
			.setConnectionRequestTimeout(remainingMillis, TimeUnit.MILLISECONDS)
			.setResponseTimeout(remainingMillis, TimeUnit.MILLISECONDS)
			.build());
		current.set(deadline);
		return deadline;
	}

	void end() {
		current.remove();
	}

	RequestConfig requestConfig() {
		return this.requestConfig;
	}

	/** Binds the exchange that {@link #abort()} aborts. */
	void attach(Cancellable exchange) {
		synchronized (this) {
			this.exchange = exchange;
			if (!this.aborted) {
				return;
			}
		}
		exchange.cancel();
	}

	/** Whether {@link #abort()} was called: whatever the exchange failed with then, it was cut. */
	boolean aborted() {
		synchronized (this) {
			return this.aborted;
		}
	}

	/**
	 * Aborts the exchange: its socket is closed, not drained back into the pool, and the thread
	 * that waits on it fails at once. At the deadline, and for an answer over the size limit.
	 */
	void abort() {
		Cancellable pending;
		synchronized (this) {
			this.aborted = true;
			pending = this.exchange;
		}
		if (pending != null) {
			pending.cancel();
		}
	}

}
