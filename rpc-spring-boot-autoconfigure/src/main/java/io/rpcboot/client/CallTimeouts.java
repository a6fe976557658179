package io.rpcboot.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Hands a call's remaining time to Apache HttpClient as that request's own connect,
 * pool-lease and response timeouts. {@code RestClient} creates the request on the calling
 * thread, so the call's timeouts travel in a thread-local for the span of one exchange.
 */
public final class CallTimeouts implements BiFunction<HttpMethod, URI, HttpContext> {

	private static final ThreadLocal<RequestConfig> current = new ThreadLocal<>();

	@SuppressWarnings("deprecation") // a per-request connect timeout has no other home in HttpClient 5
	static void set(long connectTimeoutMillis, long responseTimeoutMillis) {
		current.set(RequestConfig.custom()
			.setConnectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
			.setConnectionRequestTimeout(responseTimeoutMillis, TimeUnit.MILLISECONDS)
			.setResponseTimeout(responseTimeoutMillis, TimeUnit.MILLISECONDS)
			.build());
	}

	static void clear() {
		current.remove();
	}

	@Override
	public HttpContext apply(HttpMethod method, URI uri) {
		HttpClientContext context = HttpClientContext.create();
		@Nullable RequestConfig config = current.get();
		if (config != null) {
			context.setRequestConfig(config);
		}
		return context;
	}

}
