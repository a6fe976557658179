package io.rpcboot.observation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.rpcboot.RpcCode;

/**
 * How many calls of one method ended how, since start: {@code OK} or each {@link RpcCode}.
 * Counted by the client and server stubs themselves, whether or not they are observed.
 */
public final class RpcCallCounts {

	/** The key of successful calls in {@link #byCode()}. */
	public static final String OK = "OK";

	private static final RpcCode[] CODES = RpcCode.values();

	private final LongAdder successes = new LongAdder();

	private final LongAdder[] failures = new LongAdder[CODES.length];

	public RpcCallCounts() {
		for (int i = 0; i < this.failures.length; i++) {
			this.failures[i] = new LongAdder();
		}
	}

	public void recordSuccess() {
		this.successes.increment();
	}

	public void recordFailure(RpcCode code) {
		this.failures[code.ordinal()].increment();
	}

	/** The count of each outcome seen at least once: {@code OK} first, then codes by name such as {@code INVALID_ARGUMENT}. */
	public Map<String, Long> byCode() {
		Map<String, Long> counts = new LinkedHashMap<>();
		long successes = this.successes.sum();
		if (successes > 0) {
			counts.put(OK, successes);
		}
		for (RpcCode code : CODES) {
			long count = this.failures[code.ordinal()].sum();
			if (count > 0) {
				counts.put(code.name(), count);
			}
		}
		return counts;
	}

}
