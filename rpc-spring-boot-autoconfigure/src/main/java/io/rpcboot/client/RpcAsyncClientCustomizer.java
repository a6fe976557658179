package io.rpcboot.client;

import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;

/**
 * Customizes the Apache async HTTP clients that send the calls of {@code CompletableFuture}
 * methods, for example to add a request interceptor that authenticates them. Declare one as a
 * bean. Unlike {@link RpcRestClientCustomizer}, which customizes one client's
 * {@code RestClient}, these HTTP clients are shared: the one of every client without an SSL
 * bundle, and one per bundle. An interceptor tells rpcboot clients apart by the
 * {@link RpcAsyncClient#CLIENT_NAME_ATTRIBUTE} of the exchange's {@code HttpContext}. Keep the
 * connection manager and retries as they are: each call's deadline and resends are rpcboot's.
 */
@FunctionalInterface
public interface RpcAsyncClientCustomizer {

	/** @param builder the builder of one shared async HTTP client */
	void customize(HttpAsyncClientBuilder builder);

}
