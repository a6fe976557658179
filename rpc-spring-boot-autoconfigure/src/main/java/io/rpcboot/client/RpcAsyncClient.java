package io.rpcboot.client;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.util.TimeValue;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsHttpAsyncClientBuilder;

/**
 * How one rpcboot client sends the calls of its methods that return a
 * {@code CompletableFuture}: through a shared Apache {@link CloseableHttpAsyncClient}, whose
 * few I/O threads serve every call in flight, with the client's configured headers.
 */
public final class RpcAsyncClient {

	/**
	 * The attribute of each exchange's {@code HttpContext} that holds the rpcboot client's
	 * name, so that an interceptor added by an {@link RpcAsyncClientCustomizer} can tell
	 * clients apart.
	 */
	public static final String CLIENT_NAME_ATTRIBUTE = RpcAsyncClient.class.getName() + ".clientName";

	private final String name;

	private final Supplier<CloseableHttpAsyncClient> httpClient;

	private final Map<String, String> headers;

	/**
	 * @param name the client's name
	 * @param httpClient the started HTTP client, asked for at the first call
	 * @param headers the headers sent with every call of this client
	 */
	public RpcAsyncClient(String name, Supplier<CloseableHttpAsyncClient> httpClient, Map<String, String> headers) {
		this.name = name;
		this.httpClient = httpClient;
		this.headers = Map.copyOf(headers);
	}

	/**
	 * A new HTTP client, not started, built by Boot from the application's HTTP client
	 * settings (timeouts, SSL bundle), then customized.
	 * @param maxConnections connections kept per server and in all
	 */
	public static CloseableHttpAsyncClient createHttpClient(HttpClientSettings settings, int maxConnections,
			List<RpcAsyncClientCustomizer> customizers) {
		return new HttpComponentsHttpAsyncClientBuilder()
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections))
			// a pooled connection the server closed while idle must not fail a call that cannot be resent
			.withConnectionConfigCustomizer((connection) -> connection.setValidateAfterInactivity(TimeValue.ofSeconds(1)))
			.withCustomizer((builder) -> {
				// HttpClient would resend a POST answered 503 or 429; only idempotent methods are retried, by rpcboot
				builder.disableAutomaticRetries();
				customizers.forEach((customizer) -> customizer.customize(builder));
			})
			.build(settings);
	}

	String name() {
		return this.name;
	}

	CloseableHttpAsyncClient httpClient() {
		return this.httpClient.get();
	}

	Map<String, String> headers() {
		return this.headers;
	}

}
