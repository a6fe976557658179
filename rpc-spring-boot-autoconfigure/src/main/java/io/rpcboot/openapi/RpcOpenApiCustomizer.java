package io.rpcboot.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the exported RPC operations to springdoc's document, so that its Swagger UI lists
 * them beside the application's REST endpoints and "Try it out" posts to them. Their paths
 * are below the servlet context, like springdoc's own server URL.
 */
public class RpcOpenApiCustomizer implements OpenApiCustomizer {

	private final RpcOpenApi openApi;

	public RpcOpenApiCustomizer(RpcOpenApi openApi) {
		this.openApi = openApi;
	}

	@Override
	public void customise(OpenAPI openApi) {
		this.openApi.addTo(openApi);
	}

}
