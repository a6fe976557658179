package io.rpcboot.client;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.util.TimeValue;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The one Apache HttpClient that every rpcboot client shares: a connection pool, not a thread
 * per request, built by Boot from the application's HTTP client settings.
 */
public final class PooledRequestFactory {

	/** Connections kept per server and in all. */
	private static final int MAX_CONNECTIONS = 256;

	private PooledRequestFactory() {
	}

	public static HttpComponentsClientHttpRequestFactory create(HttpClientSettings settings) {
		HttpComponentsClientHttpRequestFactory requestFactory = ClientHttpRequestFactoryBuilder.httpComponents()
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS))
			// a pooled connection the server closed while idle must not fail a call that cannot be resent
			.withConnectionConfigCustomizer((connection) -> connection.setValidateAfterInactivity(TimeValue.ofSeconds(1)))
			// HttpClient would resend a POST answered 503 or 429; only idempotent methods are retried, by RpcTransport
			.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
			.build(settings);
		requestFactory.setHttpContextFactory(new CallTimeouts());
		return requestFactory;
	}

}
