package io.rpcboot.it;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.it.numbers.api.Numbers;
import io.rpcboot.it.numbers.client.NumbersClientApp;
import io.rpcboot.it.numbers.client.NumbersWay;
import io.rpcboot.it.numbers.server.NumbersServer;
import io.rpcboot.protocol.RpcJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client set to Smile against a server without Smile (415 to it, running nothing): the
 * call is resent once as JSON, and that client sends JSON from then on. Blocking calls and
 * futures alike.
 */
class SmileFallbackTests {

	private static final String JSON_ANSWERS = "application/json, application/problem+json";

	private static final String SMILE_FIRST = "application/x-jackson-smile, " + JSON_ANSWERS;

	private static final List<String> contentTypes = new CopyOnWriteArrayList<>();

	private static final List<String> accepts = new CopyOnWriteArrayList<>();

	private ConfigurableApplicationContext server;

	private ConfigurableApplicationContext client;

	@AfterEach
	void stop() {
		if (this.client != null) {
			SpringApplication.exit(this.client);
		}
		SpringApplication.exit(this.server);
	}

	@ParameterizedTest
	@EnumSource(NumbersWay.class)
	void clientFallsBackToJsonOnceAServerRefusesSmile(NumbersWay way) {
		Numbers numbers = start(way, ContentTypeLog.class, JsonOnly.class);
		assertThat(numbers.decimal(new BigDecimal("2.50"))).isEqualTo(new BigDecimal("2.50"));
		assertThat(numbers.wide(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
		assertThat(contentTypes).containsExactly("application/x-jackson-smile", "application/json",
				"application/json");
		assertThat(accepts).containsExactly(SMILE_FIRST, JSON_ANSWERS, JSON_ANSWERS);
	}

	@ParameterizedTest
	@EnumSource(NumbersWay.class)
	void serverWithSmileGetsSmile(NumbersWay way) {
		Numbers numbers = start(way, ContentTypeLog.class);
		assertThat(numbers.decimal(new BigDecimal("2.50"))).isEqualTo(new BigDecimal("2.50"));
		assertThat(contentTypes).containsExactly("application/x-jackson-smile");
		assertThat(accepts).containsExactly(SMILE_FIRST);
	}

	private Numbers start(NumbersWay way, Class<?>... serverConfiguration) {
		contentTypes.clear();
		accepts.clear();
		this.server = new SpringApplicationBuilder(NumbersServer.class).sources(serverConfiguration)
			.web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
			.run();
		String url = "http://127.0.0.1:" + ((WebServerApplicationContext) this.server).getWebServer().getPort();
		this.client = new SpringApplicationBuilder(NumbersClientApp.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "rpc.client.services.Numbers.url=" + url,
					"rpc.client.services.Numbers.encoding=smile")
			.run();
		return way.numbers(this.client);
	}

	/** A server that speaks JSON alone, as one without jackson-dataformat-smile does. */
	@Configuration(proxyBeanMethods = false)
	static class JsonOnly {

		@Bean
		RpcCodecs rpcCodecs(RpcJson json) {
			return RpcCodecs.json(json);
		}

	}

	/** Notes the Content-Type and Accept of each call the server gets. */
	@Configuration(proxyBeanMethods = false)
	static class ContentTypeLog {

		@Bean
		FilterRegistrationBean<Filter> contentTypeLog() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				contentTypes.add(request.getContentType());
				accepts.add(((HttpServletRequest) request).getHeader("Accept"));
				chain.doFilter(request, response);
			});
			registration.addUrlPatterns("/rpc/*");
			registration.setAsyncSupported(true);
			return registration;
		}

	}

}
