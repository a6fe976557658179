package io.rpcboot.autoconfigure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

import io.rpcboot.RpcCode;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.observation.RpcServerObservationConvention;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.server.EndpointSettings;
import io.rpcboot.server.RpcEndpointServlet;
import io.rpcboot.server.RpcErrorDispatchFilter;
import io.rpcboot.server.RpcRejectionFilter;
import io.rpcboot.server.RpcServerLifecycle;
import io.rpcboot.server.RpcServiceRegistry;
import io.rpcboot.server.ServiceCatalog;

/**
 * Exports {@code @RpcService} beans through one servlet at {@code {rpc.server.path}/*}, in a
 * servlet web application, unless {@code rpc.server.enabled=false}.
 */
@AutoConfiguration(after = { RpcJsonAutoConfiguration.class, RpcCodecAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ HttpServlet.class, ServletRegistrationBean.class })
@ConditionalOnProperty(prefix = "rpc.server", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RpcServerProperties.class)
public final class RpcServerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RpcServiceRegistry rpcServiceRegistry(ListableBeanFactory beanFactory, RpcJson rpcJson) {
		return new RpcServiceRegistry(beanFactory, rpcJson);
	}

	@Bean
	@ConditionalOnMissingBean
	RpcServerLifecycle rpcServerLifecycle() {
		return new RpcServerLifecycle();
	}

	@Bean
	ServletRegistrationBean<RpcEndpointServlet> rpcEndpointServlet(RpcServiceRegistry registry, RpcJson rpcJson,
			RpcServerProperties properties, RpcServerLifecycle lifecycle,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<RpcServerObservationConvention> observationConvention, ObjectProvider<RpcCodecs> codecs) {
		String path = basePath(properties.getPath());
		ServiceCatalog catalog = properties.getCatalog().isEnabled() ? new ServiceCatalog(rpcJson.mapper()) : null;
		EndpointSettings settings = new EndpointSettings(path, properties.getMaxRequestSize().toBytes(),
				maxConcurrentCalls(properties.getMaxConcurrentCalls()), exceptionCodes(properties.getExceptions()));
		RpcEndpointServlet servlet = new RpcEndpointServlet(registry, rpcJson, settings, lifecycle::isDraining, catalog);
		servlet.setObservationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP),
				observationConvention.getIfAvailable());
		codecs.ifAvailable(servlet::setCodecs); // JSON alone otherwise
		ServletRegistrationBean<RpcEndpointServlet> registration = new ServletRegistrationBean<>(servlet, path + "/*");
		registration.setName("rpcEndpointServlet");
		registration.setAsyncSupported(true);
		registration.setLoadOnStartup(1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RpcErrorDispatchFilter> rpcErrorDispatchFilter(RpcServerProperties properties) {
		FilterRegistrationBean<RpcErrorDispatchFilter> registration = new FilterRegistrationBean<>(
				new RpcErrorDispatchFilter(basePath(properties.getPath())));
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Answers as problems the calls that a filter in front of the endpoint rejects (Spring Security's 401 and 403). */
	@Bean
	FilterRegistrationBean<RpcRejectionFilter> rpcRejectionFilter(RpcServerProperties properties) {
		String path = basePath(properties.getPath());
		FilterRegistrationBean<RpcRejectionFilter> registration = new FilterRegistrationBean<>(
				new RpcRejectionFilter(path));
		registration.setUrlPatterns(List.of(path + "/*"));
		// after the character encoding and observation filters, before any that can reject a call
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	/** {@code rpc.server.exceptions} with each name resolved to its class, checked at start-up. */
	static Map<Class<?>, RpcCode> exceptionCodes(Map<String, RpcCode> configured) {
		Map<Class<?>, RpcCode> codes = new HashMap<>();
		configured.forEach((name, code) -> {
			String property = "rpc.server.exceptions[" + name + "]";
			Class<?> type;
			try {
				type = ClassUtils.forName(name, ClassUtils.getDefaultClassLoader());
			}
			catch (ClassNotFoundException | LinkageError ex) {
				throw new IllegalStateException(property + ": there is no class " + name, ex);
			}
			if (!Throwable.class.isAssignableFrom(type)) {
				throw new IllegalStateException(property + ": " + name + " is not an exception");
			}
			if (code == RpcCode.UNKNOWN) {
				throw new IllegalStateException(property + ": 'unknown' is no wire code");
			}
			codes.put(type, code);
		});
		return codes;
	}

	/** {@code rpc.server.max-concurrent-calls}, 0 where unset (no limit). */
	static int maxConcurrentCalls(@Nullable Integer configured) {
		if (configured == null) {
			return 0;
		}
		if (configured <= 0) {
			throw new IllegalStateException(
					"rpc.server.max-concurrent-calls must be positive (leave it unset for no limit), not " + configured);
		}
		return configured;
	}

	/** {@code rpc.server.path} as a servlet path: a leading slash, no trailing one, never the root. */
	static String basePath(String configured) {
		String path = configured.trim();
		path = path.startsWith("/") ? path : "/" + path;
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (path.isEmpty() || path.contains("*") || path.contains(";") || path.contains("%")) {
			throw new IllegalStateException("rpc.server.path must be a path such as /rpc below the root, not '"
					+ configured + "'");
		}
		return path;
	}

}
