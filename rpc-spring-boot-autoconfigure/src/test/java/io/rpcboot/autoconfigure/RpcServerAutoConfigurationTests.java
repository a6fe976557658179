package io.rpcboot.autoconfigure;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.util.unit.DataSize;

import io.rpcboot.RpcCode;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.server.RpcServerLifecycle;
import io.rpcboot.server.RpcServiceRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** The server auto-configuration in a servlet web application. */
class RpcServerAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(JacksonAutoConfiguration.class, RpcJsonAutoConfiguration.class,
					RpcServerAutoConfiguration.class));

	@Test
	void registersOneServletAtThePath() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(RpcServiceRegistry.class)
				.hasSingleBean(RpcServerLifecycle.class)
				.hasSingleBean(RpcJson.class);
			ServletRegistrationBean<?> servlet = context.getBean("rpcEndpointServlet", ServletRegistrationBean.class);
			assertThat(servlet.getUrlMappings()).containsExactly("/rpc/*");
		});
	}

	@Test
	void pathPropertyMovesTheServlet() {
		this.runner.withPropertyValues("rpc.server.path=api/v1/").run((context) -> assertThat(
				context.getBean("rpcEndpointServlet", ServletRegistrationBean.class).getUrlMappings())
			.containsExactly("/api/v1/*"));
	}

	@Test
	void rootPathFailsStartup() {
		this.runner.withPropertyValues("rpc.server.path=/").run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.hasStackTraceContaining("rpc.server.path must be a path such as /rpc"));
	}

	@Test
	void maxConcurrentCallsUnder1FailsStartup() {
		this.runner.withPropertyValues("rpc.server.max-concurrent-calls=0").run((context) -> assertThat(context)
			.hasFailed()
			.getFailure()
			.hasStackTraceContaining("rpc.server.max-concurrent-calls must be positive (leave it unset for no limit), not 0"));
	}

	@Test
	void disabledServerRegistersNothing() {
		this.runner.withPropertyValues("rpc.server.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(RpcServiceRegistry.class)
				.doesNotHaveBean("rpcEndpointServlet")
				.doesNotHaveBean(RpcServerProperties.class));
	}

	@Test
	void propertiesBindWithTheirDefaults() {
		this.runner.withPropertyValues("rpc.server.max-request-size=1MB", "rpc.server.catalog.enabled=true")
			.run((context) -> {
				RpcServerProperties properties = context.getBean(RpcServerProperties.class);
				assertThat(properties.isEnabled()).isTrue();
				assertThat(properties.getPath()).isEqualTo("/rpc");
				assertThat(properties.getMaxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(properties.getCatalog().isEnabled()).isTrue();
			});
		this.runner.run((context) -> assertThat(context.getBean(RpcServerProperties.class).getMaxRequestSize())
			.isEqualTo(DataSize.ofMegabytes(4)));
	}

	@Test
	void exceptionCodesBindByClassNameInAnyCase() {
		this.runner
			.withPropertyValues("rpc.server.exceptions[java.util.NoSuchElementException]=unimplemented",
					"rpc.server.exceptions[java.util.ConcurrentModificationException]=FAILED_PRECONDITION",
					"rpc.server.exceptions[java.lang.UnsupportedOperationException]=permission-denied")
			.run((context) -> assertThat(RpcServerAutoConfiguration
				.exceptionCodes(context.getBean(RpcServerProperties.class).getExceptions()))
				.containsEntry(NoSuchElementException.class, RpcCode.UNIMPLEMENTED)
				.containsEntry(ConcurrentModificationException.class, RpcCode.FAILED_PRECONDITION)
				.containsEntry(UnsupportedOperationException.class, RpcCode.PERMISSION_DENIED));
	}

	@Test
	void exceptionCodeOfNoClassFailsStartup() {
		this.runner.withPropertyValues("rpc.server.exceptions[com.example.Typo]=unimplemented")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("rpc.server.exceptions[com.example.Typo]: there is no class com.example.Typo"));
		this.runner.withPropertyValues("rpc.server.exceptions[java.lang.String]=unimplemented")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("java.lang.String is not an exception"));
	}

	@Test
	void userRegistryIsKept() {
		this.runner.withBean("myRegistry", RpcServiceRegistry.class)
			.run((context) -> assertThat(context).getBean(RpcServiceRegistry.class).isSameAs(context.getBean("myRegistry")));
	}

}
