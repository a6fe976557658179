package io.rpcboot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

import io.rpcboot.security.CsrfCheckpoints;
import io.rpcboot.server.RpcRejectionFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** The rejection filter on the RPC path, and the CSRF checkpoints where Spring Security is used. */
class RpcSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, RpcJsonAutoConfiguration.class,
				RpcServerAutoConfiguration.class, RpcSecurityAutoConfiguration.class));

	@Test
	void rejectionFilterCoversTheRpcPathOnly() {
		this.runner.withPropertyValues("rpc.server.path=/api/v1").run((context) -> {
			FilterRegistrationBean<?> filter = context.getBean("rpcRejectionFilter", FilterRegistrationBean.class);
			assertThat(filter.getFilter()).isInstanceOf(RpcRejectionFilter.class);
			assertThat(filter.getUrlPatterns()).containsExactly("/api/v1/*");
			assertThat(filter.getOrder()).isLessThan(-100); // Spring Security's filter chain is at -100
		});
	}

	@Test
	void springSecurityGetsTheCsrfCheckpoints() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(CsrfCheckpoints.class));
	}

	@Test
	void withoutSpringSecurityThereAreNoCheckpointsAndTheFilterStays() {
		this.runner.withClassLoader(new FilteredClassLoader(HttpSecurity.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CsrfCheckpoints.class)
				.hasBean("rpcRejectionFilter"));
	}

	@Test
	void disabledServerHasNeither() {
		this.runner.withPropertyValues("rpc.server.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CsrfCheckpoints.class)
				.doesNotHaveBean("rpcRejectionFilter"));
	}

	@Test
	void clientOnlyApplicationHasNeither() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, RpcJsonAutoConfiguration.class,
					RpcServerAutoConfiguration.class, RpcSecurityAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CsrfCheckpoints.class)
				.doesNotHaveBean("rpcRejectionFilter"));
	}

}
