package io.rpcboot.client.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.rpcboot.RpcUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Exponential backoff with full jitter, within the client's settings. */
class DefaultRpcRetryPolicyTests {

	private final DefaultRpcRetryPolicy policy = new DefaultRpcRetryPolicy();

	private static RetryAttempt attempt(int attempts, RetrySettings settings) {
		return new RetryAttempt("Counter", "Counter", "current", attempts,
				new RpcUnavailableException("Counter", "current", "busy", null), null, settings);
	}

	@Test
	void ceilingDoublesFromTheInitialBackoffUpToTheMaximum() {
		RetrySettings settings = new RetrySettings(10, Duration.ofMillis(50), Duration.ofSeconds(1));
		List<Long> ceilings = new ArrayList<>();
		for (int attempts = 1; attempts <= 7; attempts++) {
			ceilings.add(Duration.ofNanos(DefaultRpcRetryPolicy.ceilingNanos(settings, attempts)).toMillis());
		}
		assertThat(ceilings).containsExactly(50L, 100L, 200L, 400L, 800L, 1000L, 1000L);
		assertThat(DefaultRpcRetryPolicy.ceilingNanos(settings, Integer.MAX_VALUE))
			.isEqualTo(Duration.ofSeconds(1).toNanos());
	}

	@Test
	void pausesSpreadFromZeroToTheCeiling() {
		RetrySettings settings = new RetrySettings(3, Duration.ofMillis(50), Duration.ofSeconds(1));
		List<Duration> pauses = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			pauses.add(this.policy.backoff(attempt(2, settings)));
		}
		assertThat(pauses).allSatisfy((pause) -> assertThat(pause).isBetween(Duration.ZERO, Duration.ofMillis(100)));
		assertThat(pauses).anySatisfy((pause) -> assertThat(pause).isLessThan(Duration.ofMillis(10)));
		assertThat(pauses).anySatisfy((pause) -> assertThat(pause).isGreaterThan(Duration.ofMillis(90)));
	}

	@Test
	void givesUpAfterMaxAttempts() {
		RetrySettings settings = new RetrySettings(3, Duration.ofMillis(50), Duration.ofSeconds(1));
		assertThat(this.policy.backoff(attempt(1, settings))).isNotNull();
		assertThat(this.policy.backoff(attempt(2, settings))).isNotNull();
		assertThat(this.policy.backoff(attempt(3, settings))).isNull();
		assertThat(this.policy.backoff(attempt(1, new RetrySettings(1, Duration.ZERO, Duration.ZERO)))).isNull();
	}

	@Test
	void zeroBackoffResendsAtOnce() {
		assertThat(this.policy.backoff(attempt(1, new RetrySettings(2, Duration.ZERO, Duration.ZERO))))
			.isEqualTo(Duration.ZERO);
	}

	@Test
	void settingsRejectWhatCannotWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO))
			.withMessage("max-attempts must be at least 1, not 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetrySettings(1, Duration.ofMillis(-1), Duration.ZERO))
			.withMessageStartingWith("initial-backoff must not be negative");
	}

}
