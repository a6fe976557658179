package io.rpcboot.client.retry;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a failed call is sent again, and after what pause. The default,
 * {@link DefaultRpcRetryPolicy}, follows {@code rpc.client.retry.*}; declare a bean of this
 * type to replace it.
 * <p>A policy is asked only about a call that is safe to send again: one marked
 * {@code @RpcMethod(idempotent = true)} that failed {@code unavailable}, or any call whose
 * request provably never left (connection refused, connect timeout, unknown host). Whatever
 * it answers, the client adds its pause to the server's {@code Retry-After}, never sends an
 * attempt that cannot end before the call's deadline, and resends only within the client's
 * retry budget.
 */
@FunctionalInterface
public interface RpcRetryPolicy {

	/**
	 * The pause before the call is sent again.
	 * @return the pause, or {@code null} to give up and throw the attempt's failure
	 */
	@Nullable Duration backoff(RetryAttempt attempt);

	/** A policy that never sends a call twice. */
	static RpcRetryPolicy never() {
		return (attempt) -> null;
	}

}
