package io.rpcboot.autoconfigure;

import java.math.BigDecimal;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import io.rpcboot.openapi.RpcOpenApi;
import io.rpcboot.openapi.RpcOpenApiCustomizer;
import io.rpcboot.openapi.app.Catalogue.Line;
import io.rpcboot.openapi.app.Catalogue.Money;
import io.rpcboot.openapi.app.CatalogueService;
import io.rpcboot.protocol.RpcJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and the springdoc integration, by property and classpath. */
class RpcOpenApiAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(JacksonAutoConfiguration.class, RpcJsonAutoConfiguration.class,
					RpcServerAutoConfiguration.class, RpcOpenApiAutoConfiguration.class,
					RpcSpringdocAutoConfiguration.class));

	@Test
	void documentIsNotServedByDefault() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(RpcOpenApi.class)
			.doesNotHaveBean("rpcOpenApiDocumentServlet"));
	}

	@Test
	void enabledDocumentIsServedBelowTheRpcPath() {
		this.runner.withPropertyValues("rpc.server.openapi.enabled=true", "rpc.server.path=/api/rpc/")
			.run((context) -> assertThat(
					context.getBean("rpcOpenApiDocumentServlet", ServletRegistrationBean.class).getUrlMappings())
				.containsExactly("/api/rpc/openapi.json"));
	}

	@Test
	void enabledDocumentWithoutSwaggerCoreFailsStartupNamingTheDependency() {
		this.runner.withPropertyValues("rpc.server.openapi.enabled=true")
			.withClassLoader(new FilteredClassLoader(ModelConverters.class, OpenApiCustomizer.class))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("rpc.server.openapi.enabled=true needs swagger-core")
				.hasStackTraceContaining("io.swagger.core.v3:swagger-core-jakarta"));
	}

	@Test
	void withoutSwaggerCoreAndNotEnabledNothingHappens() {
		this.runner.withClassLoader(new FilteredClassLoader(ModelConverters.class, OpenApiCustomizer.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RpcOpenApi.class)
				.doesNotHaveBean(RpcOpenApiCustomizer.class));
	}

	@Test
	void springdocGetsTheOperationsBelowItsServerUrl() {
		this.runner.withUserConfiguration(CatalogueService.class).run((context) -> {
			OpenAPI openApi = new OpenAPI();
			context.getBean(RpcOpenApiCustomizer.class).customise(openApi);
			assertThat(openApi.getPaths()).containsKey("/rpc/Catalogue/add");
			assertThat(openApi.getPaths().get("/rpc/Catalogue/add").getServers()).isNull();
		});
	}

	@Test
	void schemasNamePropertiesAsTheRpcMapperWritesThem() {
		this.runner.withUserConfiguration(CatalogueService.class)
			.withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE")
			.run((context) -> {
				OpenAPI openApi = new OpenAPI();
				context.getBean(RpcOpenApiCustomizer.class).customise(openApi);
				Line line = new Line("b-1", 1, new Money(BigDecimal.ONE, "EUR"));
				JsonNode written = context.getBean(RpcJson.class).mapper().valueToTree(line);
				assertThat(openApi.getComponents().getSchemas().get("Line").getProperties().keySet())
					.containsExactlyInAnyOrderElementsOf(written.propertyNames())
					.contains("unit_price");
			});
	}

	@Test
	void rpcPathsNameTheContextAsServerWhereTheDispatcherServletHasAPath() {
		this.runner.withUserConfiguration(CatalogueService.class)
			.withPropertyValues("spring.mvc.servlet.path=/mvc", "server.servlet.context-path=/app")
			.run((context) -> {
				OpenAPI openApi = new OpenAPI();
				context.getBean(RpcOpenApiCustomizer.class).customise(openApi);
				assertThat(openApi.getPaths().get("/rpc/Catalogue/add").getServers()).extracting("url")
					.containsExactly("/app");
			});
	}

	@Test
	void withoutSpringdocThereIsNoCustomizer() {
		this.runner.withPropertyValues("rpc.server.openapi.enabled=true")
			.withClassLoader(new FilteredClassLoader(OpenApiCustomizer.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RpcOpenApiCustomizer.class)
				.hasBean("rpcOpenApiDocumentServlet"));
	}

	@Test
	void disabledServerDescribesNothing() {
		this.runner.withPropertyValues("rpc.server.enabled=false", "rpc.server.openapi.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RpcOpenApi.class)
				.doesNotHaveBean(RpcOpenApiCustomizer.class));
	}

}
