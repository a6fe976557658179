package io.rpcboot.autoconfigure;

import java.io.InputStream;
import java.time.Duration;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.unit.DataSize;

import io.rpcboot.EnableRpcClients;
import io.rpcboot.RpcClient;
import io.rpcboot.autoconfigure.scan.Calculator;
import io.rpcboot.autoconfigure.scan.WeatherClient;
import io.rpcboot.client.ClientEndpoint;
import io.rpcboot.client.RpcClientFactory;
import io.rpcboot.client.retry.DefaultRpcRetryPolicy;
import io.rpcboot.client.retry.RetrySettings;
import io.rpcboot.client.retry.RpcRetryPolicy;
import io.rpcboot.server.RpcServiceRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** The client auto-configuration in a client-only (non-web) application. */
class RpcClientAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, RpcJsonAutoConfiguration.class, RpcServerAutoConfiguration.class,
				RpcClientAutoConfiguration.class))
		.withPropertyValues("weather.url=http://weather.example:8081");

	@Test
	void clientsUnderTheApplicationPackageBecomeBeans() {
		this.runner.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.services.Calculator.url=http://calc.example:8080/")
			.run((context) -> {
				assertThat(context).hasSingleBean(RpcClientFactory.class);
				assertThat(context.getBean(Calculator.class))
					.hasToString("RpcClient(Calculator -> http://calc.example:8080/rpc/Calculator)");
				assertThat(context.getBean(WeatherClient.class))
					.hasToString("RpcClient(WeatherClient -> http://weather.example:8081/rpc/Forecast)");
			});
	}

	@Test
	void clientOnlyApplicationStartsNoServerSideBeans() {
		this.runner.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.services.Calculator.url=http://calc.example")
			.run((context) -> assertThat(context).doesNotHaveBean(RpcServiceRegistry.class)
				.doesNotHaveBean("rpcEndpointServlet"));
	}

	@Test
	void clientWithoutUrlFailsStartupNamingTheProperty() {
		this.runner.withUserConfiguration(ScanningApp.class).run((context) -> failure(context)
			.hasMessageContaining("RPC client 'Calculator'")
			.hasMessageContaining(Calculator.class.getName())
			.hasMessageContaining("set rpc.client.services.Calculator.url or @RpcClient(url)"));
	}

	@Test
	void clientNamesMatchInAnyCaseOrKebabCase() {
		this.runner.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.services.calculator.url=http://lower.example",
					"rpc.client.services.WEATHER.path=/upper")
			.run((context) -> {
				assertThat(context.getBean(Calculator.class)).asString().contains("http://lower.example/rpc/Calculator");
				assertThat(context.getBean(WeatherClient.class)).asString()
					.contains("http://weather.example:8081/upper/Forecast");
			});
	}

	@Test
	void pathsAreAppendedToTheUrl() {
		this.runner.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.services.Calculator.url=http://calc.example/ctx", "rpc.client.path=/api",
					"rpc.client.services.weather.path=/v2/")
			.run((context) -> {
				assertThat(context.getBean(Calculator.class)).asString()
					.contains("http://calc.example/ctx/api/Calculator");
				assertThat(context.getBean(WeatherClient.class)).asString()
					.contains("http://weather.example:8081/v2/Forecast");
			});
	}

	@Test
	void enableRpcClientsChoosesAndTheScanBacksOff() {
		this.runner.withUserConfiguration(ScanningApp.class, ExplicitClients.class)
			.withPropertyValues("rpc.client.services.Greeter.url=http://greeter.example")
			.run((context) -> {
				assertThat(context).hasSingleBean(Greeter.class).doesNotHaveBean(Calculator.class);
				assertThat(context.getBean(Greeter.class)).asString().contains("/rpc/Greeter");
			});
	}

	@Test
	void enableRpcClientsScansNamedPackages() {
		this.runner.withUserConfiguration(PackageClients.class)
			.withPropertyValues("rpc.client.services.Calculator.url=http://calc.example")
			.run((context) -> assertThat(context).hasSingleBean(Calculator.class).hasSingleBean(WeatherClient.class));
	}

	@Test
	void clientsAreInjectableByInterfaceType() {
		this.runner.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.services.Calculator.url=http://calc.example")
			.withBean(Consumer.class)
			.run((context) -> assertThat(context.getBean(Consumer.class).calculator).isNotNull());
	}

	@Test
	void clientTypesJsonCannotCarryFailStartup() {
		this.runner.withUserConfiguration(StreamClients.class)
			.withPropertyValues("rpc.client.services.Uploader.url=http://up.example")
			.run((context) -> failure(context).hasMessageContaining("RPC method Uploader.upload")
				.hasMessageContaining("java.io.InputStream"));
	}

	@Test
	void propertiesBindWithTheirDefaults() {
		this.runner
			.withPropertyValues("rpc.client.services.calc.url=http://calc.example",
					"rpc.client.services.calc.timeout=3s", "rpc.client.services.calc.connect-timeout=1s",
					"rpc.client.services.calc.methods.slowSum.timeout=30s")
			.run((context) -> {
				RpcClientProperties properties = context.getBean(RpcClientProperties.class);
				assertThat(properties.getTimeout()).isEqualTo(Duration.ofSeconds(10));
				assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getPath()).isEqualTo("/rpc");
				RpcClientProperties.Service calc = properties.getServices().get("calc");
				assertThat(calc.getTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(calc.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
				assertThat(calc.getMethods().get("slowSum").getTimeout()).isEqualTo(Duration.ofSeconds(30));
			});
	}

	@Test
	void retryAndAnswerLimitHaveTheirDefaults() {
		this.runner.run((context) -> {
			RpcClientProperties properties = context.getBean(RpcClientProperties.class);
			assertThat(properties.getMaxResponseSize()).isEqualTo(DataSize.ofMegabytes(16));
			ClientEndpoint endpoint = new PropertiesClientEndpoints(properties).apply("any");
			assertThat(endpoint.retry()).isEqualTo(RetrySettings.defaults())
				.isEqualTo(new RetrySettings(3, Duration.ofMillis(50), Duration.ofSeconds(1)));
			assertThat(endpoint.maxResponseSize()).isEqualTo(DataSize.ofMegabytes(16));
			assertThat(context).getBean(RpcRetryPolicy.class).isInstanceOf(DefaultRpcRetryPolicy.class);
		});
	}

	@Test
	void clientRetrySettingsOverrideTheGlobalOnesFieldByField() {
		this.runner
			.withPropertyValues("rpc.client.retry.max-attempts=4", "rpc.client.retry.initial-backoff=10ms",
					"rpc.client.services.calc.retry.max-backoff=2s", "rpc.client.services.other.retry.max-attempts=1",
					"rpc.client.max-response-size=1KB")
			.run((context) -> {
				PropertiesClientEndpoints endpoints = new PropertiesClientEndpoints(
						context.getBean(RpcClientProperties.class));
				assertThat(endpoints.apply("calc").retry())
					.isEqualTo(new RetrySettings(4, Duration.ofMillis(10), Duration.ofSeconds(2)));
				assertThat(endpoints.apply("other").retry())
					.isEqualTo(new RetrySettings(1, Duration.ofMillis(10), Duration.ofSeconds(1)));
				assertThat(endpoints.apply("unknown").retry())
					.isEqualTo(new RetrySettings(4, Duration.ofMillis(10), Duration.ofSeconds(1)));
				assertThat(endpoints.apply("calc").maxResponseSize()).isEqualTo(DataSize.ofKilobytes(1));
			});
	}

	@Test
	void invalidRetrySettingsFailStartupNamingTheProperty() {
		this.runner.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.services.Calculator.url=http://calc.example",
					"rpc.client.services.Calculator.retry.max-attempts=0")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("RPC client 'Calculator': invalid rpc.client.retry or "
						+ "rpc.client.services.Calculator.retry: max-attempts must be at least 1, not 0"));
	}

	@Test
	void usersRetryPolicyReplacesTheDefault() {
		RpcRetryPolicy never = RpcRetryPolicy.never();
		this.runner.withBean(RpcRetryPolicy.class, () -> never)
			.run((context) -> assertThat(context).hasSingleBean(RpcRetryPolicy.class)
				.getBean(RpcRetryPolicy.class)
				.isSameAs(never));
	}

	@Test
	void backsOffWithoutApacheHttpClient() {
		this.runner.withClassLoader(new FilteredClassLoader("org.apache.hc.client5"))
			.run((context) -> assertThat(context).doesNotHaveBean(RpcClientFactory.class));
	}

	private static AbstractThrowableAssert<?, ? extends Throwable> failure(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		return assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Calculator.class)
	static class ScanningApp {

	}

	interface Greeter {

		String greet(String name);

	}

	@Configuration(proxyBeanMethods = false)
	@EnableRpcClients(clients = Greeter.class)
	static class ExplicitClients {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableRpcClients(basePackageClasses = Calculator.class)
	static class PackageClients {

	}

	@RpcClient
	interface Uploader {

		void upload(InputStream data);

	}

	@Configuration(proxyBeanMethods = false)
	@EnableRpcClients(clients = Uploader.class)
	static class StreamClients {

	}

	static class Consumer {

		final Calculator calculator;

		Consumer(Calculator calculator) {
			this.calculator = calculator;
		}

	}

}
