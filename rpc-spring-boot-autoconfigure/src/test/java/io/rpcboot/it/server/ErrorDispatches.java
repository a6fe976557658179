package io.rpcboot.it.server;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Counts the container's dispatches to the error page: a forward, or an include once the answer is committed. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("test.count-error-dispatches")
public class ErrorDispatches {

	public static final AtomicInteger count = new AtomicInteger();

	@Bean
	FilterRegistrationBean<Filter> errorDispatchCounter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			count.incrementAndGet();
			chain.doFilter(request, response);
		});
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.ERROR, DispatcherType.INCLUDE));
		return registration;
	}

}
