package io.rpcboot.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rpcboot.protocol.RpcOperation;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code GET {rpc.server.path}} answers when the catalog is enabled: every service, its
 * methods, their parameters' names and types and their return types. Rendered once.
 */
public class ServiceCatalog {

	private final JsonMapper mapper;

	private volatile byte[] rendered;

	public ServiceCatalog(JsonMapper mapper) {
		this.mapper = mapper;
	}

	byte[] render(RpcServiceRegistry registry) {
		byte[] body = this.rendered;
		if (body == null) {
			List<Map<String, Object>> services = new ArrayList<>();
			for (ExportedService service : registry.services().stream()
				.sorted(Comparator.comparing(ExportedService::name))
				.toList()) {
				services.add(Map.of("name", service.name(), "methods", methods(service)));
			}
			body = this.mapper.writeValueAsBytes(Map.of("services", services));
			this.rendered = body;
		}
		return body;
	}

	private static List<Map<String, Object>> methods(ExportedService service) {
		return service.operations().stream().map(ServiceCatalog::describe).toList();
	}

	private static Map<String, Object> describe(RpcOperation operation) {
		Map<String, Object> method = new LinkedHashMap<>();
		method.put("name", operation.name());
		method.put("parameters", operation.parameters().stream()
			.map((p) -> Map.of("name", p.name(), "type", p.type().toCanonical()))
			.toList());
		method.put("returns", operation.isVoid() ? "void" : operation.resultType().toCanonical());
		method.put("async", operation.async());
		return method;
	}

}
