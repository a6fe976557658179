package io.rpcboot.benchmarks.soak;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import io.rpcboot.RpcException;

/**
 * What the callers did: calls by operation, and every failure with its start, its end and
 * what it was. Times are milliseconds from the start of the load.
 */
final class CallLog {

	/** One failed call. */
	record Failure(String operation, long startMillis, long endMillis, String type, String code, String cause,
			String message) {

		String kind() {
			return this.operation + " " + this.type + " " + this.code + " (" + this.cause + ")";
		}

	}

	private static final int MAX_FAILURES = 200_000;

	private final long startNanos;

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> successes = new ConcurrentHashMap<>();

	private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();

	private final LongAdder failureCount = new LongAdder();

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
		this.failureCount.increment();
		if (this.failureCount.sum() > MAX_FAILURES) {
			return;
		}
		String code = (ex instanceof RpcException rpc) ? rpc.code().name() : "-";
		this.failures.add(new Failure(operation, startMillis, now(), ex.getClass().getSimpleName(), code,
				causes(ex), String.valueOf(ex.getMessage())));
	}

	long calls(String operation) {
		LongAdder count = this.calls.get(operation);
		return (count != null) ? count.sum() : 0;
	}

	long successes(String operation) {
		LongAdder count = this.successes.get(operation);
		return (count != null) ? count.sum() : 0;
	}

	List<Failure> failures() {
		return List.copyOf(this.failures);
	}

	long failureCount() {
		return this.failureCount.sum();
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
