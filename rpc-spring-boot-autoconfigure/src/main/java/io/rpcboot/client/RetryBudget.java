package io.rpcboot.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many resends one client may still send, as gRPC's retry throttling and Finagle's retry
 * budget keep it: a token bucket that holds at most 10 tokens and starts full. Each call
 * earns 0.1 token when it is first sent; each resend spends a whole one and is not sent
 * without it. Over any stretch of {@code n} calls, a client thus resends at most
 * {@code 10 + n / 10} times: a server that is down gets about 1.1 times its load, never 3
 * times, and a burst of failures still gets its resends.
 */
final class RetryBudget {

	/** Tokens in thousandths: a call earns 100, a resend costs 1000, the bucket holds 10000. */
	private static final int EARNED_PER_CALL = 100;

	private static final int COST_OF_RESEND = 1000;

	private static final int CAPACITY = 10 * COST_OF_RESEND;

	private final AtomicInteger balance = new AtomicInteger(CAPACITY);

	/** Counts a call as it is first sent. */
	void earn() {
		if (this.balance.get() < CAPACITY) { // a full bucket, the common case, costs no write
			this.balance.accumulateAndGet(EARNED_PER_CALL, (balance, earned) -> Math.min(balance + earned, CAPACITY));
		}
	}

	/** Spends a token on a resend, if one is left. */
	boolean trySpend() {
		for (;;) {
			int current = this.balance.get();
			if (current < COST_OF_RESEND) {
				return false;
			}
			if (this.balance.compareAndSet(current, current - COST_OF_RESEND)) {
				return true;
			}
		}
	}

}
