package io.rpcboot.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the exported RPC operations to springdoc's document, so that its Swagger UI lists
 * them beside the application's REST endpoints and "Try it out" posts to them. Their paths
 * are below the servlet context; springdoc's server URL is the context's, unless the
 * DispatcherServlet has a path of its own ({@code spring.mvc.servlet.path}): then each RPC
 * path item names the context as its server.
 */
public class RpcOpenApiCustomizer implements OpenApiCustomizer {

	private final RpcOpenApi openApi;

	private final @Nullable String serverUrl;

	/**
	 * @param serverUrl the servlet context's URL relative to the document's, for an
	 * application whose DispatcherServlet is not at the root (springdoc's server URL then
	 * ends in its path); {@code null} otherwise
	 */
	public RpcOpenApiCustomizer(RpcOpenApi openApi, @Nullable String serverUrl) {
		this.openApi = openApi;
		this.serverUrl = serverUrl;
	}

	@Override
	public void customise(OpenAPI openApi) {
		this.openApi.addTo(openApi, this.serverUrl);
	}

}
