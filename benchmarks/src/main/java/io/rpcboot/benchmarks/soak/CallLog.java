package io.rpcboot.benchmarks.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.rpcboot.RpcException;

/**
 * What the callers did: calls by operation, and every failure's start and end by kind (times
 * in milliseconds from the start of the load). Kept small on purpose: this JVM is the client
 * whose heap the run measures, so a failure costs eight bytes, and a kind keeps one message.
 */
final class CallLog {

	/** Failures of one kind: operation, exception, code and cause chain. */
	static final class Kind {

		private final String operation;

		private final String type;

		private final String code;

		private final String cause;

		private final String firstMessage;

		private long[] spans = new long[64];

		private int size;

		Kind(String operation, String type, String code, String cause, String firstMessage) {
			this.operation = operation;
			this.type = type;
			this.code = code;
			this.cause = cause;
			this.firstMessage = firstMessage;
		}

		synchronized void add(long startMillis, long endMillis) {
			if (this.size == this.spans.length) {
				this.spans = Arrays.copyOf(this.spans, this.size * 2);
			}
			this.spans[this.size++] = (startMillis << 32) | (endMillis & 0xffffffffL);
		}

		/** Each failure as {start, end}. */
		synchronized List<long[]> failures() {
			List<long[]> failures = new ArrayList<>(this.size);
			for (int i = 0; i < this.size; i++) {
				failures.add(new long[] { this.spans[i] >>> 32, this.spans[i] & 0xffffffffL });
			}
			return failures;
		}

		String operation() {
			return this.operation;
		}

		String type() {
			return this.type;
		}

		String code() {
			return this.code;
		}

		String cause() {
			return this.cause;
		}

		String firstMessage() {
			return this.firstMessage;
		}

		String describe() {
			return this.operation + " " + this.type + " " + this.code + " (" + this.cause + ")";
		}

	}

	private final long startNanos;

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> successes = new ConcurrentHashMap<>();

	private final Map<String, Kind> failures = new ConcurrentHashMap<>();

	CallLog(long startNanos) {
		this.startNanos = startNanos;
	}

	long now() {
		return (System.nanoTime() - this.startNanos) / 1_000_000;
	}

	void succeeded(String operation) {
		this.calls.computeIfAbsent(operation, (key) -> new LongAdder()).increment();
		this.successes.computeIfAbsent(operation, (key) -> new LongAdder()).increment();
	}

	void failed(String operation, long startMillis, Throwable ex) {
		this.calls.computeIfAbsent(operation, (key) -> new LongAdder()).increment();
		String type = ex.getClass().getSimpleName();
		String code = (ex instanceof RpcException rpc) ? rpc.code().name() : "-";
		String cause = causes(ex);
		this.failures
			.computeIfAbsent(operation + " " + type + " " + code + " " + cause,
					(key) -> new Kind(operation, type, code, cause, String.valueOf(ex.getMessage())))
			.add(startMillis, now());
	}

	long calls(String operation) {
		LongAdder count = this.calls.get(operation);
		return (count != null) ? count.sum() : 0;
	}

	long successes(String operation) {
		LongAdder count = this.successes.get(operation);
		return (count != null) ? count.sum() : 0;
	}

	List<Kind> failureKinds() {
		return List.copyOf(this.failures.values());
	}

	/** The classes of the cause chain, outermost first, without the exception itself. */
	private static String causes(Throwable ex) {
		StringBuilder chain = new StringBuilder();
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			chain.append(chain.isEmpty() ? "" : " < ").append(cause.getClass().getSimpleName());
		}
		return chain.isEmpty() ? "no cause" : chain.toString();
	}

}
