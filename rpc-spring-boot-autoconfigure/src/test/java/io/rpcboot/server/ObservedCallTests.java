package io.rpcboot.server;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.rpcboot.observation.RpcCallCounts;

import static org.assertj.core.api.Assertions.assertThat;

/** How a call ends when its caller goes away before any answer. */
class ObservedCallTests {

	private final RpcCallCounts counts = new RpcCallCounts();

	private final ObservedCall call = new ObservedCall(null, this.counts);

	@Test
	void callerThatGoesAwayAfterTheDeadlineEndsTheCallAsDeadlineExceeded() {
		// the caller gave up at its deadline a moment before the server's watchdog answered 504
		this.call.expiresAt(System.nanoTime() - 1_000_000);
		this.call.onError(null);
		assertThat(this.counts.byCode()).isEqualTo(Map.of("DEADLINE_EXCEEDED", 1L));
	}

	@Test
	void callerThatGoesAwayBeforeTheDeadlineEndsTheCallAsUnknown() {
		this.call.expiresAt(System.nanoTime() + 60_000_000_000L);
		this.call.onError(null);
		assertThat(this.counts.byCode()).isEqualTo(Map.of("UNKNOWN", 1L));
	}

	@Test
	void callerThatGoesAwayFromACallWithoutDeadlineEndsItAsUnknown() {
		this.call.onError(null);
		assertThat(this.counts.byCode()).isEqualTo(Map.of("UNKNOWN", 1L));
	}

	@Test
	void onlyTheFirstEndCounts() {
		this.call.answered(null, null);
		this.call.expiresAt(System.nanoTime() - 1_000_000);
		this.call.onComplete(null);
		assertThat(this.counts.byCode()).isEqualTo(Map.of("OK", 1L));
	}

}
