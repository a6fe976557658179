package io.rpcboot.autoconfigure;

import io.swagger.v3.core.converter.ModelConverters;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.rpcboot.openapi.OpenApiDocumentServlet;
import io.rpcboot.openapi.RpcOpenApi;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.server.RpcServiceRegistry;

/**
 * Describes the exported RPC operations as OpenAPI 3.1 where swagger-core is on the
 * classpath, and serves the document at {@code {rpc.server.path}/openapi.json} with
 * {@code rpc.server.openapi.enabled=true}.
 */
@AutoConfiguration(after = RpcServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(RpcServiceRegistry.class)
public final class RpcOpenApiAutoConfiguration {

	static final String ENABLED = "rpc.server.openapi.enabled";

	static final String MODEL_CONVERTERS = "io.swagger.v3.core.converter.ModelConverters";

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ModelConverters.class)
	static class OpenApiConfiguration {

		@Bean
		@ConditionalOnMissingBean
		RpcOpenApi rpcOpenApi(RpcServiceRegistry registry, RpcServerProperties properties, RpcJson rpcJson) {
			return new RpcOpenApi(registry::operations, RpcServerAutoConfiguration.basePath(properties.getPath()),
					rpcJson);
		}

		@Bean
		@ConditionalOnBooleanProperty(ENABLED)
		ServletRegistrationBean<OpenApiDocumentServlet> rpcOpenApiDocumentServlet(RpcOpenApi openApi,
				RpcServerProperties properties) {
			// an exact mapping: the servlet container prefers it to the endpoint's {path}/*
			String path = RpcServerAutoConfiguration.basePath(properties.getPath()) + "/openapi.json";
			ServletRegistrationBean<OpenApiDocumentServlet> registration = new ServletRegistrationBean<>(
					new OpenApiDocumentServlet(openApi), path);
			registration.setName("rpcOpenApiDocumentServlet");
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass(MODEL_CONVERTERS)
	@ConditionalOnBooleanProperty(ENABLED)
	static class MissingModelConvertersConfiguration {

		MissingModelConvertersConfiguration() {
			throw new IllegalStateException(ENABLED + "=true needs swagger-core to write the schemas: add the"
					+ " dependency io.swagger.core.v3:swagger-core-jakarta (springdoc-openapi-starter-webmvc-ui brings it)");
		}

	}

}
