package io.rpcboot.autoconfigure;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

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
	RpcOpenApiCustomizer rpcOpenApiCustomizer(RpcOpenApi rpcOpenApi) {
		return new RpcOpenApiCustomizer(rpcOpenApi);
	}

}
