package io.rpcboot.client.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * Exponential backoff with full jitter, within each client's {@link RetrySettings}: after
 * attempt {@code n} fails, the pause is drawn uniformly between zero and
 * {@code min(max-backoff, initial-backoff × 2^(n-1))}; after {@code max-attempts} it gives up.
 * Full jitter spreads the resends of many callers that failed together.
 */
public class DefaultRpcRetryPolicy implements RpcRetryPolicy {

	@Override
	public @Nullable Duration backoff(RetryAttempt attempt) {
		RetrySettings settings = attempt.settings();
		if (attempt.attempts() >= settings.maxAttempts()) {
			return null;
		}
		long ceiling = ceilingNanos(settings, attempt.attempts());
		return Duration.ofNanos((ceiling > 0) ? ThreadLocalRandom.current().nextLong(ceiling) : 0);
	}

	/** The longest pause after that many attempts: the initial backoff doubled, up to the maximum. */
	static long ceilingNanos(RetrySettings settings, int attempts) {
		long initial = nanos(settings.initialBackoff());
		long max = nanos(settings.maxBackoff());
		int doublings = Math.min(Math.max(attempts - 1, 0), 62);
		return (initial > (max >> doublings)) ? max : initial << doublings;
	}

	private static long nanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

}
