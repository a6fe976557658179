package io.rpcboot.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.apache.hc.client5.http.classic.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsHttpClientBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import io.rpcboot.client.RpcAsyncClientCustomizer;
import io.rpcboot.client.RpcClientFactory;
import io.rpcboot.client.RpcRestClientCustomizer;
import io.rpcboot.client.RpcTargetResolver;
import io.rpcboot.client.registration.RpcClientsRegistrar;
import io.rpcboot.client.retry.DefaultRpcRetryPolicy;
import io.rpcboot.client.retry.RpcRetryPolicy;
import io.rpcboot.observation.RpcClientObservationConvention;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.protocol.RpcJson;

/**
 * Creates the proxies of {@code @RpcClient} interfaces, found in the application's packages
 * unless {@code @EnableRpcClients} chooses. Calls go through {@link RestClient} (with the
 * application's customizations, observations included) over pooled Apache HttpClients: one
 * shared, and one per SSL bundle that a client names. Each client has its own {@code RestClient},
 * with its configured headers and the {@link RpcRestClientCustomizer} beans applied. Calls of
 * {@code CompletableFuture} methods go through shared Apache async HTTP clients instead, with
 * the {@link RpcAsyncClientCustomizer} beans applied.
 */
@AutoConfiguration(after = { RpcJsonAutoConfiguration.class, RpcCodecAutoConfiguration.class },
		afterName = { "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
				"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration" })
@ConditionalOnClass({ RestClient.class, HttpClient.class, HttpComponentsHttpClientBuilder.class })
@EnableConfigurationProperties(RpcClientProperties.class)
public final class RpcClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RpcRetryPolicy rpcRetryPolicy() {
		return new DefaultRpcRetryPolicy();
	}

	@Bean
	@ConditionalOnMissingBean
	RpcClientFactory rpcClientFactory(RpcJson rpcJson, RpcClientProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<SslBundles> sslBundles, ObjectProvider<RpcRestClientCustomizer> customizers,
			Environment environment, RpcRetryPolicy retryPolicy, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<RpcClientObservationConvention> observationConvention,
			ObjectProvider<RpcTargetResolver> targetResolvers, ObjectProvider<RpcCodecs> codecs,
			ObjectProvider<RpcAsyncClientCustomizer> asyncCustomizers) {
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withConnectTimeout(properties.getConnectTimeout());
		PropertiesRestClients restClients = new PropertiesRestClients(properties,
				() -> restClientBuilder.getIfAvailable(RestClient::builder), settings, sslBundles::getIfAvailable,
				customizers.orderedStream().toList());
		PropertiesAsyncClients asyncClients = new PropertiesAsyncClients(properties, settings, restClients::sslBundle,
				asyncCustomizers.orderedStream().toList());
		RpcClientFactory factory = new RpcClientFactory(rpcJson, restClients, new PropertiesClientEndpoints(properties),
				environment, () -> {
					asyncClients.close();
					restClients.close();
				}, retryPolicy);
		factory.setAsyncClients(asyncClients);
		factory.setObservationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP),
				observationConvention.getIfAvailable());
		factory.setTargetResolvers(targetResolvers.orderedStream().toList());
		factory.setCodecs(codecs.getIfAvailable(() -> RpcCodecs.json(rpcJson)));
		return factory;
	}

	/** Scans the application's packages for clients, unless {@code @EnableRpcClients} is used. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(RpcClientsRegistrar.Marker.class)
	@Import(AutoConfiguredRpcClientsRegistrar.class)
	static class AutoConfiguredClients {

	}

}
