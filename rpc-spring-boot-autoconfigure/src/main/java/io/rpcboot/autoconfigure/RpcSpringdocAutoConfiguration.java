package io.rpcboot.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.rpcboot.openapi.RpcOpenApi;
import io.rpcboot.openapi.RpcOpenApiCustomizer;

/**
 * Adds the exported RPC operations to springdoc's OpenAPI document, and so to its Swagger UI,
 * where springdoc is on the classpath.
 */
@AutoConfiguration(after = RpcOpenApiAutoConfiguration.class)
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnBean(RpcOpenApi.class)
public final class RpcSpringdocAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RpcOpenApiCustomizer rpcOpenApiCustomizer(RpcOpenApi rpcOpenApi, Environment environment) {
		return new RpcOpenApiCustomizer(rpcOpenApi, servletContextUrl(environment));
	}

	/**
	 * Where springdoc's server URL ends in the DispatcherServlet's path, which the RPC servlet
	 * is not below: the servlet context's path, a URL relative to the document's.
	 */
	static @Nullable String servletContextUrl(Environment environment) {
		String servletPath = environment.getProperty("spring.mvc.servlet.path", "").trim();
		if (servletPath.isEmpty() || "/".equals(servletPath)) {
			return null;
		}
		String contextPath = environment.getProperty("server.servlet.context-path", "").trim();
		return (contextPath.isEmpty() || "/".equals(contextPath)) ? "/" : contextPath;
	}

}
