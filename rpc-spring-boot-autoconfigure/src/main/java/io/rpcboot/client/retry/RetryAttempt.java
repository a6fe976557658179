package io.rpcboot.client.retry;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcUnavailableException;

/**
 * A call whose attempt failed and that is safe to send again: what an {@link RpcRetryPolicy}
 * decides on.
 * @param client the client's name, its key under {@code rpc.client.services}
 * @param service the remote service name
 * @param method the wire method name
 * @param attempts how many times the call was sent so far, from 1
 * @param failure how the last attempt failed
 * @param retryAfter how long the server asked the client to wait ({@code Retry-After}), or {@code null}
 * @param settings the client's configured retry settings
 */
public record RetryAttempt(String client, String service, String method, int attempts,
		RpcUnavailableException failure, @Nullable Duration retryAfter, RetrySettings settings) {

}
