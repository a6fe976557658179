package io.rpcboot.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.ResponseDecoder.Outcome;
import io.rpcboot.client.retry.RetryAttempt;
import io.rpcboot.client.retry.RetrySettings;
import io.rpcboot.client.retry.RpcRetryPolicy;

/**
 * Decides, for one client, whether a failed attempt is sent again and after what pause: only a
 * call that is safe to resend, when the {@link RpcRetryPolicy} allows it, when the pause (the
 * policy's backoff after the server's {@code Retry-After}) and another attempt as long as the
 * last one end before the deadline, and when the client's {@link RetryBudget} has a token left.
 * On a client whose {@link RpcTarget} fails over, a call that never reached its server goes to
 * another one at once, outside the budget (still within the policy's attempts and the deadline).
 */
final class Resender {

	/** What {@link #pauseNanos} answers to give up. */
	static final long GIVE_UP = -1;

	/** The least time an attempt is assumed to take, however fast the last one failed. */
	private static final long MIN_ATTEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private final String client;

	private final RetrySettings settings;

	private final RetryBudget budget;

	private final RpcRetryPolicy policy;

	private final boolean failsOver;

	/** @param failsOver whether successive attempts may go to different servers ({@link RpcTarget#failsOver()}) */
	Resender(String client, RetrySettings settings, RetryBudget budget, RpcRetryPolicy policy, boolean failsOver) {
		this.client = client;
		this.settings = settings;
		this.budget = budget;
		this.policy = policy;
		this.failsOver = failsOver;
	}

	/** Counts a call as it is first sent. */
	void callStarted() {
		this.budget.earn();
	}

	/**
	 * The pause before the next attempt.
	 * @param attempts attempts made so far, the failed one included
	 * @param attemptNanos how long the failed attempt took
	 * @param deadline the call's deadline, in {@link System#nanoTime()} terms
	 * @return the pause in nanoseconds, or {@link #GIVE_UP}
	 */
	long pauseNanos(ClientMethod method, int attempts, Outcome outcome, long attemptNanos, long deadline) {
		if (!(outcome.failure() instanceof RpcUnavailableException failure)
				|| !(method.idempotent() || outcome.unsent())) {
			return GIVE_UP;
		}
		@Nullable Duration retryAfter = outcome.retryAfter();
		@Nullable Duration backoff = this.policy.backoff(new RetryAttempt(this.client, method.service(),
				method.name(), attempts, failure, retryAfter, this.settings));
		if (backoff == null) {
			return GIVE_UP;
		}
		if (outcome.unsent() && this.failsOver) {
			// no server saw it: another one takes it now, at no cost to the budget
			return (deadline - System.nanoTime() > MIN_ATTEMPT_NANOS) ? 0 : GIVE_UP;
		}
		// on top of Retry-After, so that the callers one answer turned away do not all come back at once
		long pause = saturatedSum(nanos(backoff), (retryAfter != null) ? nanos(retryAfter) : 0);
		long nextAttempt = Math.max(attemptNanos, MIN_ATTEMPT_NANOS);
		long left = deadline - System.nanoTime();
		if (pause >= left || nextAttempt > left - pause || !this.budget.trySpend()) {
			return GIVE_UP;
		}
		return pause;
	}

	private static long saturatedSum(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long nanos(Duration duration) {
		if (duration.isNegative()) {
			return 0;
		}
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

}
