package io.rpcboot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import io.rpcboot.actuate.RpcEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code rpc} actuator endpoint: only with actuator, and only where it is exposed and allowed. */
class RpcEndpointAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, RpcJsonAutoConfiguration.class,
				RpcServerAutoConfiguration.class, RpcClientAutoConfiguration.class,
				RpcEndpointAutoConfiguration.class));

	@Test
	void exposedEndpointDescribesTheServerAndTheClients() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=rpc", "rpc.server.path=/api/",
				"rpc.server.max-concurrent-calls=7").run((context) -> {
					assertThat(context).hasSingleBean(RpcEndpoint.class);
					RpcEndpoint.RpcDescriptor rpc = context.getBean(RpcEndpoint.class).rpc();
					assertThat(rpc.server().settings())
						.isEqualTo(new RpcEndpoint.ServerSettings("/api", 4 * 1024 * 1024, 7, false));
					assertThat(rpc.server().services()).isEmpty();
					assertThat(rpc.clients()).isEmpty();
				});
	}

	@Test
	void endpointThatIsNotExposedIsNotCreated() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(RpcEndpoint.class));
	}

	@Test
	void endpointWithNoAccessIsNotCreated() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=rpc", "management.endpoint.rpc.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(RpcEndpoint.class));
	}

	@Test
	void withoutActuatorThereIsNoEndpoint() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=rpc")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RpcEndpoint.class));
	}

	@Test
	void clientOnlyApplicationHasNoServerSection() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=rpc", "rpc.server.enabled=false")
			.run((context) -> assertThat(context.getBean(RpcEndpoint.class).rpc().server()).isNull());
	}

}
