package io.rpcboot.it.hazard;

import jakarta.servlet.Filter;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.rpcboot.it.server.ErrorDispatches;

/** The server of the failure-path tests: exports {@link HazardsService} only. */
@SpringBootApplication
@Import(ErrorDispatches.class)
public class HazardServer {

	/** A user's filter on every path that does not declare async support. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("test.blocking-filter")
	static class BlockingFilter {

		@Bean
		FilterRegistrationBean<Filter> blockingFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
					(request, response, chain) -> chain.doFilter(request, response));
			registration.setAsyncSupported(false);
			return registration;
		}

	}

}
