package io.rpcboot.client;

import java.net.URI;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsHttpClientBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The HTTP client every rpcboot client shares: one pooled Apache HttpClient, built by Boot
 * from the application's HTTP client settings, whose exchanges keep each call's deadline.
 */
public final class RpcRequestFactory extends HttpComponentsClientHttpRequestFactory {

	/** Connections kept per server and in all. */
	private static final int MAX_CONNECTIONS = 256;

	private RpcRequestFactory(HttpClient httpClient) {
		super(httpClient);
	}

	public static RpcRequestFactory create(HttpClientSettings settings) {
		return new RpcRequestFactory(new HttpComponentsHttpClientBuilder()
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS))
			// a pooled connection the server closed while idle must not fail a call that cannot be resent
			.withConnectionConfigCustomizer((connection) -> connection.setValidateAfterInactivity(TimeValue.ofSeconds(1)))
			// HttpClient would resend a POST answered 503 or 429; only idempotent methods are retried, by RpcTransport
			.withCustomizer(HttpClientBuilder::disableAutomaticRetries)
			.build(settings));
	}

	@Override
	protected HttpContext createHttpContext(HttpMethod httpMethod, URI uri) {
		@Nullable CallDeadline deadline = CallDeadline.current();
		if (deadline == null) {
			return super.createHttpContext(httpMethod, uri);
		}
		HttpClientContext context = HttpClientContext.create();
		context.setRequestConfig(deadline.requestConfig());
		return context;
	}

	@Override
	protected void postProcessHttpRequest(ClassicHttpRequest request) {
		@Nullable CallDeadline deadline = CallDeadline.current();
		if (deadline != null && request instanceof Cancellable exchange) {
			deadline.attach(exchange);
		}
	}

}
