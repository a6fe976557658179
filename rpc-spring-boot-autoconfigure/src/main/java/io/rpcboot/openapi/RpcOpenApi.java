package io.rpcboot.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.function.SingletonSupplier;

import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcOperation;

/**
 * The exported RPC operations as OpenAPI 3.1: a path item per wire method, a tag per service,
 * and the component schemas of their types. Built once, at the first use (after every
 * service is exported).
 */
public final class RpcOpenApi {

	private static final Log logger = LogFactory.getLog(RpcOpenApi.class);

	private final String basePath;

	private final SingletonSupplier<Model> model;

	/**
	 * @param operations the exported operations, asked for once
	 * @param basePath {@code rpc.server.path}, with a leading slash and no trailing one
	 * @param json the JSON the calls travel in, whose property names the schemas follow
	 */
	public RpcOpenApi(Supplier<List<RpcOperation>> operations, String basePath, RpcJson json) {
		this.basePath = basePath;
		this.model = SingletonSupplier.of(() -> Model.of(operations.get(), basePath, new TypeSchemas(json.mapper())));
	}

	/**
	 * Adds the operations to a document whose server URL is the servlet context's: their
	 * paths, their tags, and the schemas the document does not define yet.
	 */
	public void addTo(OpenAPI openApi) {
		addTo(openApi, null);
	}

	/**
	 * Adds the operations to a document whose server URL is not the servlet context's (it
	 * ends in the DispatcherServlet's path, say), each path item naming its own server.
	 * @param serverUrl the URL of the servlet context, relative to the document's (such as
	 * {@code /app}), or {@code null} where the document's server URL is that already
	 */
	public void addTo(OpenAPI openApi, @Nullable String serverUrl) {
		Model model = this.model.obtain();
		if (openApi.getPaths() == null) {
			openApi.setPaths(new Paths());
		}
		model.paths().forEach((path, item) -> openApi.getPaths().addPathItem(path, (serverUrl != null)
				? new PathItem().post(item.getPost()).addServersItem(new Server().url(serverUrl)) : item));
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		model.schemas().forEach((name, schema) -> {
			if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas().containsKey(name)) {
				openApi.getComponents().addSchemas(name, schema);
			}
		});
		model.responses().forEach((name, response) -> {
			if (openApi.getComponents().getResponses() == null
					|| !openApi.getComponents().getResponses().containsKey(name)) {
				openApi.getComponents().addResponses(name, response);
			}
		});
		for (Tag tag : model.tags()) {
			if (openApi.getTags() == null || openApi.getTags().stream().noneMatch((t) -> t.getName().equals(tag.getName()))) {
				openApi.addTagsItem(tag);
			}
		}
	}

	/**
	 * A document of the operations alone.
	 * @param contextPath the servlet context path ({@code ""} for the root): the server's URL,
	 * relative to the document's
	 */
	public OpenAPI document(String contextPath) {
		OpenAPI openApi = new OpenAPI(SpecVersion.V31).openapi("3.1.0")
			.info(new Info().title("RPC services")
				.version("1")
				.description("The @RpcService methods this application exports at " + this.basePath
						+ "/{service}/{method}, in rpcboot's wire protocol version 1."));
		if (!contextPath.isEmpty()) {
			openApi.addServersItem(new Server().url(contextPath));
		}
		addTo(openApi);
		return openApi;
	}

	private record Model(Map<String, PathItem> paths, Map<String, Schema> schemas,
			Map<String, ApiResponse> responses, List<Tag> tags) {

		static Model of(List<RpcOperation> operations, String basePath, TypeSchemas schemas) {
			long start = System.nanoTime();
			Map<String, PathItem> paths = new RpcPaths(schemas).pathItems(basePath, operations);
			Map<String, Schema> components = new LinkedHashMap<>(schemas.components());
			components.put(RpcProblems.SCHEMA_NAME, RpcProblems.schema());
			List<Tag> tags = new TreeSet<>(operations.stream().map(RpcOperation::service).toList()).stream()
				.map((service) -> new Tag().name(service).description("RPC service " + service))
				.toList();
			logger.debug("Described " + operations.size() + " RPC operations in OpenAPI, with " + components.size()
					+ " schemas, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
			return new Model(paths, components, RpcProblems.responses(), tags);
		}

	}

}
