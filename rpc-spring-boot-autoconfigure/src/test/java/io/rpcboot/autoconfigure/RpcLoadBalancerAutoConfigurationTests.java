package io.rpcboot.autoconfigure;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryClientAutoConfiguration;
import org.springframework.cloud.commons.util.UtilAutoConfiguration;
import org.springframework.cloud.loadbalancer.config.LoadBalancerAutoConfiguration;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import io.rpcboot.EnableRpcClients;
import io.rpcboot.RpcClient;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.RpcTargetResolver;
import io.rpcboot.loadbalancer.LoadBalancerTargetResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code lb://} client URLs, with and without Spring Cloud LoadBalancer. */
class RpcLoadBalancerAutoConfigurationTests {

	private final ApplicationContextRunner withoutSpringCloud = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, RpcJsonAutoConfiguration.class, RpcClientAutoConfiguration.class,
				RpcLoadBalancerAutoConfiguration.class))
		.withUserConfiguration(InventoryClients.class);

	private final ApplicationContextRunner runner = this.withoutSpringCloud.withConfiguration(AutoConfigurations
		.of(UtilAutoConfiguration.class, SimpleDiscoveryClientAutoConfiguration.class, LoadBalancerAutoConfiguration.class));

	@Test
	void lbUrlResolvesThroughSpringCloudLoadBalancer() {
		this.runner.withPropertyValues("rpc.client.services.inventory.url=lb://inventory/ctx",
				"spring.cloud.discovery.client.simple.instances.other[0].uri=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasSingleBean(LoadBalancerTargetResolver.class);
				Inventory inventory = context.getBean(Inventory.class);
				assertThat(inventory).hasToString("RpcClient(Inventory -> lb://inventory/ctx/rpc/Inventory)");
				assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> inventory.stock("x"))
					.withMessage("Inventory.stock: no instance of 'inventory' is available "
							+ "(Spring Cloud LoadBalancer found none)");
			});
	}

	@Test
	void balancerOfTheServiceIsCreatedAtStartupNotByTheFirstCall() {
		this.runner.withPropertyValues("rpc.client.services.inventory.url=lb://inventory")
			.run((context) -> {
				context.getBean(Inventory.class);
				assertThat(context.getBean(LoadBalancerClientFactory.class).getContextNames()).containsExactly("inventory");
			});
	}

	@Test
	void lbUrlWithoutSpringCloudLoadBalancerFailsStartupNamingTheDependency() {
		this.withoutSpringCloud.withClassLoader(new FilteredClassLoader("org.springframework.cloud"))
			.withPropertyValues("rpc.client.services.inventory.url=lb://inventory")
			.run((context) -> {
				failure(context).hasMessage("RPC client 'inventory' (" + Inventory.class.getName()
						+ "): URL 'lb://inventory' needs Spring Cloud LoadBalancer: add the dependency "
						+ "org.springframework.cloud:spring-cloud-starter-loadbalancer");
			});
	}

	@Test
	void backsOffWithoutSpringCloudLoadBalancer() {
		this.withoutSpringCloud.withClassLoader(new FilteredClassLoader("org.springframework.cloud"))
			.withPropertyValues("rpc.client.services.inventory.url=http://inventory.example")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(LoadBalancerTargetResolver.class));
	}

	@Test
	void lbUrlWithLoadBalancerDisabledFailsStartupSayingSo() {
		this.runner.withPropertyValues("rpc.client.services.inventory.url=lb://inventory",
				"spring.cloud.loadbalancer.enabled=false")
			.run((context) -> failure(context).hasMessageContaining("RPC client 'inventory': URL 'lb://inventory' "
					+ "needs Spring Cloud LoadBalancer, and the application has none")
				.hasMessageContaining("org.springframework.cloud:spring-cloud-starter-loadbalancer"));
	}

	@Test
	void lbUrlWithAPortFailsStartup() {
		this.runner.withPropertyValues("rpc.client.services.inventory.url=lb://inventory:8080")
			.run((context) -> failure(context).hasMessageContaining("RPC client 'inventory': URL "
					+ "'lb://inventory:8080' is invalid: write lb://<service-id>, optionally followed by a context path"));
	}

	@Test
	void plainUrlsStayFixed() {
		this.runner.withPropertyValues("rpc.client.services.inventory.url=http://inventory.example:8080")
			.run((context) -> assertThat(context.getBean(Inventory.class))
				.hasToString("RpcClient(Inventory -> http://inventory.example:8080/rpc/Inventory)"));
	}

	@Test
	void usersResolverIsAsked() {
		this.runner.withBean("custom", RpcTargetResolver.class, () -> (client, url) -> {
			throw new IllegalStateException("asked about " + client + " at " + url);
		}).withPropertyValues("rpc.client.services.inventory.url=lb://inventory")
			.run((context) -> failure(context).hasMessage("asked about inventory at lb://inventory"));
	}

	private static AbstractThrowableAssert<?, ? extends Throwable> failure(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		return assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()));
	}

	@RpcClient(name = "inventory")
	interface Inventory {

		int stock(String sku);

	}

	@Configuration(proxyBeanMethods = false)
	@EnableRpcClients(clients = Inventory.class)
	static class InventoryClients {

	}

}
