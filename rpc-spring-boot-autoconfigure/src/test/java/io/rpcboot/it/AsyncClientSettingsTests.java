package io.rpcboot.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.rpcboot.client.RpcAsyncClient;
import io.rpcboot.client.RpcAsyncClientCustomizer;
import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.client.ShopClientApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A future call carries its client's configured headers, and goes through the async HTTP
 * client as the {@link RpcAsyncClientCustomizer} beans built it, which can tell clients apart.
 */
class AsyncClientSettingsTests {

	static RoundTrip roundTrip;

	static ConfigurableApplicationContext client;

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip();
		client = new SpringApplicationBuilder(ShopClientApp.class, Interception.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "rpc.client.services.Shop.url=" + roundTrip.baseUrl(),
					"rpc.client.services.Shop.headers.X-Tenant=acme")
			.run();
	}

	@AfterAll
	static void stop() {
		SpringApplication.exit(client);
		roundTrip.close();
	}

	@Test
	void futureCallCarriesTheClientsHeadersThroughTheCustomizedClient() throws Exception {
		assertThat(client.getBean(ShopClient.class).later("x", 1).get(10, TimeUnit.SECONDS)).isEqualTo("X");
		assertThat(client.getBean(Interception.class).seen).contains("Shop POST /rpc/Shop/later X-Tenant=acme");
	}

	@Configuration(proxyBeanMethods = false)
	static class Interception {

		final List<String> seen = new CopyOnWriteArrayList<>();

		@Bean
		RpcAsyncClientCustomizer recordingCustomizer() {
			return (builder) -> builder.addRequestInterceptorLast((request, entity, context) -> this.seen
				.add(HttpClientContext.castOrCreate(context).getAttribute(RpcAsyncClient.CLIENT_NAME_ATTRIBUTE) + " "
						+ request.getMethod() + " " + request.getPath() + " X-Tenant="
						+ request.getFirstHeader("X-Tenant").getValue()));
		}

	}

}
