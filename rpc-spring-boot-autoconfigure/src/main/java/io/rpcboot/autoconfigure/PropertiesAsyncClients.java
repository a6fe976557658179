package io.rpcboot.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.util.StringUtils;

import io.rpcboot.client.RpcAsyncClient;
import io.rpcboot.client.RpcAsyncClientCustomizer;

/**
 * The {@link RpcAsyncClient} of each client, from {@code rpc.client.services.<name>}: its
 * headers and SSL bundle. Like the blocking clients' pools, clients without a bundle share one
 * async HTTP client and each bundle has its own; each is built and started at its first call,
 * so that an application without {@code CompletableFuture} methods starts no I/O threads.
 */
final class PropertiesAsyncClients implements Function<String, RpcAsyncClient>, AutoCloseable {

	private static final String NO_BUNDLE = "";

	private final RpcClientProperties properties;

	private final HttpClientSettings settings;

	private final BiFunction<String, String, SslBundle> sslBundles;

	private final List<RpcAsyncClientCustomizer> customizers;

	private final Map<String, CloseableHttpAsyncClient> httpClients = new ConcurrentHashMap<>();

	private volatile boolean closed;

	/**
	 * @param settings the HTTP client settings every client starts from
	 * @param sslBundles the SSL bundle of a client name and bundle name
	 */
	PropertiesAsyncClients(RpcClientProperties properties, HttpClientSettings settings,
			BiFunction<String, String, SslBundle> sslBundles, List<RpcAsyncClientCustomizer> customizers) {
		this.properties = properties;
		this.settings = settings;
		this.sslBundles = sslBundles;
		this.customizers = List.copyOf(customizers);
	}

	@Override
	public RpcAsyncClient apply(String clientName) {
		RpcClientProperties.Service service = PropertiesClientEndpoints.find(this.properties.getServices(), clientName);
		String bundle = (service != null) ? service.getSsl().getBundle() : null;
		if (StringUtils.hasText(bundle)) {
			this.sslBundles.apply(clientName, bundle); // a missing bundle fails start-up, as for blocking calls
		}
		Map<String, String> headers = (service != null) ? service.getHeaders() : Map.of();
		return new RpcAsyncClient(clientName, () -> httpClient(clientName, bundle), headers);
	}

	private CloseableHttpAsyncClient httpClient(String clientName, @Nullable String bundle) {
		if (this.closed) {
			throw new IllegalStateException("the async HTTP clients are closed");
		}
		String key = StringUtils.hasText(bundle) ? bundle : NO_BUNDLE;
		return this.httpClients.computeIfAbsent(key, (name) -> {
			if (this.closed) { // close() began after the check above: it would miss this client
				throw new IllegalStateException("the async HTTP clients are closed");
			}
			HttpClientSettings settings = (name.equals(NO_BUNDLE)) ? this.settings
					: this.settings.withSslBundle(this.sslBundles.apply(clientName, name));
			CloseableHttpAsyncClient client = RpcAsyncClient.createHttpClient(settings,
					this.properties.getAsync().getMaxConnections(), this.customizers);
			client.start();
			return client;
		});
	}

	@Override
	public void close() {
		this.closed = true;
		for (String key : this.httpClients.keySet()) {
			// remove() waits for a client still being created under that key
			CloseableHttpAsyncClient client = this.httpClients.remove(key);
			if (client != null) {
				client.close(CloseMode.IMMEDIATE);
			}
		}
	}

}
