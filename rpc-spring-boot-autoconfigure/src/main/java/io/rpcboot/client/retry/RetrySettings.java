package io.rpcboot.client.retry;

import java.time.Duration;

/**
 * How one client resends a failed call, as configured: {@code rpc.client.retry.*}, overridden
 * field by field by {@code rpc.client.services.<name>.retry.*}.
 * @param maxAttempts attempts in all, the first included; {@code 1} never resends
 * @param initialBackoff the longest pause before the first resend; it doubles with each attempt
 * @param maxBackoff the longest pause before any resend
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

	private static final RetrySettings DEFAULTS = new RetrySettings(3, Duration.ofMillis(50), Duration.ofSeconds(1));

	public RetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max-attempts must be at least 1, not " + maxAttempts);
		}
		if (initialBackoff.isNegative()) {
			throw new IllegalArgumentException("initial-backoff must not be negative, not " + initialBackoff);
		}
		if (maxBackoff.isNegative()) {
			throw new IllegalArgumentException("max-backoff must not be negative, not " + maxBackoff);
		}
	}

	/** The defaults: 3 attempts, pauses of up to 50ms, then 100ms, doubling up to 1s. */
	public static RetrySettings defaults() {
		return DEFAULTS;
	}

}
