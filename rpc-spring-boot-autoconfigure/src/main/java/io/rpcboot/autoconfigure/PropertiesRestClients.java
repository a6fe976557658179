package io.rpcboot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

import io.rpcboot.client.RpcRequestFactory;
import io.rpcboot.client.RpcRestClientCustomizer;

/**
 * The {@link RestClient} of each client, built once from {@code rpc.client.services.<name>}:
 * its headers, its SSL bundle, then the {@link RpcRestClientCustomizer} beans. Clients without
 * a bundle share one connection pool; each bundle has its own.
 */
final class PropertiesRestClients implements Function<String, RestClient>, AutoCloseable {

	private final RpcClientProperties properties;

	private final Supplier<RestClient.Builder> builders;

	private final HttpClientSettings settings;

	private final Supplier<@Nullable SslBundles> sslBundles;

	private final List<RpcRestClientCustomizer> customizers;

	private final RpcRequestFactory sharedRequestFactory;

	private final Map<String, RpcRequestFactory> bundleRequestFactories = new ConcurrentHashMap<>();

	private final Map<String, RestClient> restClients = new ConcurrentHashMap<>();

	/**
	 * @param builders a new builder, with the application's customizations, at each call
	 * @param settings the HTTP client settings every client starts from
	 */
	PropertiesRestClients(RpcClientProperties properties, Supplier<RestClient.Builder> builders,
			HttpClientSettings settings, Supplier<@Nullable SslBundles> sslBundles,
			List<RpcRestClientCustomizer> customizers) {
		this.properties = properties;
		this.builders = builders;
		this.settings = settings;
		this.sslBundles = sslBundles;
		this.customizers = List.copyOf(customizers);
		this.sharedRequestFactory = RpcRequestFactory.create(settings);
	}

	@Override
	public RestClient apply(String clientName) {
		return this.restClients.computeIfAbsent(clientName, this::build);
	}

	private RestClient build(String clientName) {
		RpcClientProperties.Service service = PropertiesClientEndpoints.find(this.properties.getServices(), clientName);
		RestClient.Builder builder = this.builders.get().requestFactory(requestFactory(clientName, service));
		if (service != null && !service.getHeaders().isEmpty()) {
			builder.defaultHeaders((headers) -> service.getHeaders().forEach(headers::set));
		}
		this.customizers.forEach((customizer) -> customizer.customize(clientName, builder));
		return builder.build();
	}

	private RpcRequestFactory requestFactory(String clientName, RpcClientProperties.@Nullable Service service) {
		String bundle = (service != null) ? service.getSsl().getBundle() : null;
		if (!StringUtils.hasText(bundle)) {
			return this.sharedRequestFactory;
		}
		return this.bundleRequestFactories.computeIfAbsent(bundle,
				(name) -> RpcRequestFactory.create(this.settings.withSslBundle(sslBundle(clientName, name))));
	}

	/** The SSL bundle a client names, or a failure that names its property. */
	SslBundle sslBundle(String clientName, String bundle) {
		String property = "rpc.client.services." + clientName + ".ssl.bundle";
		SslBundles bundles = this.sslBundles.get();
		if (bundles == null) {
			throw new IllegalStateException(property + ": there is no SSL bundle '" + bundle
					+ "' (no SslBundles in the application)");
		}
		try {
			return bundles.getBundle(bundle);
		}
		catch (NoSuchSslBundleException ex) {
			throw new IllegalStateException(property + ": there is no SSL bundle '" + bundle
					+ "'; configure it under spring.ssl.bundle", ex);
		}
	}

	@Override
	public void close() throws Exception {
		List<RpcRequestFactory> factories = new ArrayList<>(this.bundleRequestFactories.values());
		factories.add(this.sharedRequestFactory);
		for (RpcRequestFactory factory : factories) {
			factory.destroy();
		}
	}

}
