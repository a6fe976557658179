package io.rpcboot.context;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The deadline of the RPC call this thread is handling, as its caller sent it in
 * {@code Rpc-Timeout-Ms}: every {@code @RpcClient} call made meanwhile ends no later. The
 * server sets it while the service method runs; {@link IncomingDeadlineAccessor} carries it
 * to other threads wherever Micrometer's context propagation runs a task (Spring's
 * {@code ContextPropagatingTaskDecorator}, {@code ContextSnapshot}-wrapped executors).
 */
public final class IncomingDeadline {

	private static final ThreadLocal<@Nullable IncomingDeadline> current = new ThreadLocal<>();

	private final String call;

	private final long nanoTime;

	private IncomingDeadline(String call, long nanoTime) {
		this.call = call;
		this.nanoTime = nanoTime;
	}

	/** The deadline of the call this thread handles, or {@code null} where it handles none that has one. */
	public static @Nullable IncomingDeadline current() {
		return current.get();
	}

	/**
	 * Makes a call's deadline this thread's until the scope is closed, which restores the one
	 * before: the server opens it around a service method.
	 * @param call the incoming call, as {@code Service.method}
	 * @param nanoTime the deadline in {@link System#nanoTime()} terms, or -1 where the call has none
	 */
	public static Scope enter(String call, long nanoTime) {
		IncomingDeadline previous = current.get();
		set((nanoTime >= 0) ? new IncomingDeadline(call, nanoTime) : null);
		return () -> set(previous);
	}

	static void set(@Nullable IncomingDeadline deadline) {
		if (deadline != null) {
			current.set(deadline);
		}
		else {
			current.remove();
		}
	}

	/** The incoming call, as {@code Service.method}. */
	public String call() {
		return this.call;
	}

	/** The deadline, in {@link System#nanoTime()} terms. */
	public long nanoTime() {
		return this.nanoTime;
	}

	/** The time left until the deadline: zero or negative once it passed. */
	public Duration remaining() {
		return Duration.ofNanos(this.nanoTime - System.nanoTime());
	}

	@Override
	public String toString() {
		return "deadline of " + this.call + " in " + remaining().toMillis() + "ms";
	}

	/** A thread's deadline for a span of code; closing it restores the one before. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
