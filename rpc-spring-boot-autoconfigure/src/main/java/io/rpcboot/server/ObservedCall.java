package io.rpcboot.server;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;
import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.observation.RpcObservationContext;

/**
 * One resolved call, from then until it is answered: counts its outcome, and stops its
 * {@code rpc.server} observation (where observations are on) with the code answered, on
 * whichever thread writes the answer. A call whose caller went away before any answer ends as
 * {@code DEADLINE_EXCEEDED} where its deadline had passed (the caller gave up at it, as a call
 * capped by the deadline of the call that made it does), else as {@code UNKNOWN}.
 */
final class ObservedCall implements AsyncListener {

	private final @Nullable Observation observation;

	private final RpcCallCounts counts;

	private final AtomicBoolean ended = new AtomicBoolean();

	private volatile long deadlineNanos = -1;

	/** @param observation the call's started observation, or {@code null} where it is not observed */
	ObservedCall(@Nullable Observation observation, RpcCallCounts counts) {
		this.observation = observation;
		this.counts = counts;
	}

	/** Puts the observation in scope on this thread, where the service method runs; {@code null} where none. */
	Observation.@Nullable Scope openScope() {
		return (this.observation != null) ? this.observation.openScope() : null;
	}

	/** The call's deadline, once read: a {@link System#nanoTime()}, or -1 for none. */
	void expiresAt(long deadlineNanos) {
		this.deadlineNanos = deadlineNanos;
	}

	/**
	 * Records how the call was answered; only the first answer counts.
	 * @param code {@code null} for success
	 * @param error what the service method threw, or {@code null} where the stub refused the call itself
	 */
	void answered(@Nullable RpcCode code, @Nullable Throwable error) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		if (code == null) {
			this.counts.recordSuccess();
		}
		else {
			this.counts.recordFailure(code);
		}
		Observation current = this.observation;
		if (current != null) {
			if (current.getContext() instanceof RpcObservationContext context) {
				context.setOutcome(code);
			}
			if (error != null && !(error instanceof RpcFailure)) {
				current.error(error);
			}
			current.stop();
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		callerWentAway(); // nothing if it was answered, as it is unless the caller went away
	}

	@Override
	public void onError(AsyncEvent event) {
		callerWentAway();
	}

	private void callerWentAway() {
		long deadline = this.deadlineNanos;
		boolean expired = deadline >= 0 && System.nanoTime() - deadline >= 0;
		answered(expired ? RpcCode.DEADLINE_EXCEEDED : RpcCode.UNKNOWN, null);
	}

	@Override
	public void onTimeout(AsyncEvent event) {
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

}
