package io.rpcboot.it.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/** Spring's HTTP server observation, as actuator would install it; records what it observed. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("test.observe")
public class ObservedServer {

	/** The path patterns of the observed requests, in order. */
	public static final List<String> observed = new CopyOnWriteArrayList<>();

	@Bean
	FilterRegistrationBean<ServerHttpObservationFilter> observationFilter() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<ServerRequestObservationContext>() {

			@Override
			public void onStop(ServerRequestObservationContext context) {
				observed.add(context.getPathPattern());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof ServerRequestObservationContext;
			}

		});
		return new FilterRegistrationBean<>(new ServerHttpObservationFilter(registry));
	}

}
