package io.rpcboot.openapi;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import io.rpcboot.protocol.RpcOperation;
import io.rpcboot.protocol.RpcOperation.RpcParameter;
import io.rpcboot.protocol.RpcProtocol;

/**
 * The path item of one wire method, {@code POST {path}/{service}/{method}}: its arguments as a
 * named object or a positional array, its result, its errors and the deadline header.
 * Overloads (one name, several arities) share the path.
 */
final class RpcPaths {

	private static final String JSON = "application/json";

	private final TypeSchemas schemas;

	RpcPaths(TypeSchemas schemas) {
		this.schemas = schemas;
	}

	/** @param overloads the operations sharing one service and wire name */
	PathItem pathItem(List<RpcOperation> overloads) {
		List<RpcOperation> operations = overloads.stream()
			.sorted(Comparator.comparingInt((RpcOperation operation) -> operation.parameters().size()))
			.toList();
		RpcOperation first = operations.get(0);
		Operation operation = new Operation().operationId(first.service() + "_" + first.name())
			.addTagsItem(first.service())
			.summary(operations.stream().map(RpcPaths::signature).collect(Collectors.joining(" | ")))
			.description("Calls " + first.qualifiedName() + " (" + first.method().getDeclaringClass().getName()
					+ "). The body holds the arguments, either as an object keyed by parameter name or as an array"
					+ " in declaration order.")
			.addParametersItem(timeoutHeader())
			.requestBody(requestBody(operations))
			.responses(responses(operations));
		if (operations.stream().allMatch((candidate) -> candidate.method().isAnnotationPresent(Deprecated.class))) {
			operation.deprecated(true);
		}
		return new PathItem().post(operation);
	}

	private RequestBody requestBody(List<RpcOperation> operations) {
		List<Schema> shapes = new ArrayList<>();
		operations.forEach((operation) -> shapes.add(named(operation, operations.size() > 1)));
		operations.forEach((operation) -> shapes.add(positional(operation)));
		Schema<?> body = new JsonSchema();
		if (operations.size() == 1) {
			body.oneOf(shapes); // an object or an array: never both
		}
		else {
			body.anyOf(shapes);
		}
		boolean noArguments = operations.stream().anyMatch((operation) -> operation.parameters().isEmpty());
		return new RequestBody().required(!noArguments)
			.description(noArguments ? "The arguments; a method without any also takes an empty body"
					: "The arguments")
			.content(new Content().addMediaType(JSON, new MediaType().schema(body)));
	}

	/** The arguments keyed by parameter name: an absent one is null, except a primitive. */
	private Schema<?> named(RpcOperation operation, boolean overloaded) {
		Schema<?> object = new JsonSchema().typesItem("object")
			.title(operation.name() + " arguments by name")
			.additionalProperties(Boolean.FALSE);
		for (RpcParameter parameter : operation.parameters()) {
			object.addProperty(parameter.name(), parameterSchema(operation, parameter));
			if (parameter.isPrimitive()) {
				object.addRequiredItem(parameter.name());
			}
		}
		if (overloaded || operation.parameters().isEmpty()) {
			// where overloads share the name, the number of keys picks the method
			object.minProperties(overloaded ? operation.parameters().size() : null);
			object.maxProperties(operation.parameters().size());
		}
		return object;
	}

	/** A parameter's schema: where it is marked {@code @Nullable}, {@code null} is a value too. */
	private Schema<?> parameterSchema(RpcOperation operation, RpcParameter parameter) {
		Parameter declared = operation.method().getParameters()[parameter.index()];
		return NullablePropertiesConverter.Nullness.isNullable(declared, declared.getAnnotatedType())
				? this.schemas.nullableSchema(parameter.type()) : this.schemas.schema(parameter.type());
	}

	/** The arguments in declaration order. */
	private Schema<?> positional(RpcOperation operation) {
		int arity = operation.parameters().size();
		Schema<?> array = new JsonSchema().typesItem("array")
			.title(operation.name() + " arguments in order")
			.minItems(arity)
			.maxItems(arity);
		if (arity > 0) {
			array.prefixItems(operation.parameters().stream()
				.map((parameter) -> (Schema) parameterSchema(operation, parameter))
				.toList());
		}
		return array;
	}

	private ApiResponses responses(List<RpcOperation> operations) {
		ApiResponses responses = new ApiResponses();
		List<Schema> results = new ArrayList<>();
		for (RpcOperation operation : operations) {
			if (!operation.isVoid()) {
				Method method = operation.method();
				Schema<?> result = NullablePropertiesConverter.Nullness.isNullable(method, method.getAnnotatedReturnType())
						? this.schemas.nullableSchema(operation.resultType()) : this.schemas.schema(operation.resultType());
				if (!results.contains(result)) {
					results.add(result);
				}
			}
		}
		if (!results.isEmpty()) {
			Schema<?> result = (results.size() == 1) ? results.get(0) : new JsonSchema().anyOf(results);
			responses.addApiResponse("200", new ApiResponse().description("The method's result")
				.content(new Content().addMediaType(JSON, new MediaType().schema(result))));
		}
		if (operations.stream().anyMatch(RpcOperation::isVoid)) {
			responses.addApiResponse("204", new ApiResponse().description("The method returned (void): no body"));
		}
		RpcProblems.addTo(responses, operations.stream().map(RpcOperation::method).toList());
		return responses;
	}

	private static HeaderParameter timeoutHeader() {
		HeaderParameter header = new HeaderParameter();
		header.name(RpcProtocol.TIMEOUT_HEADER)
			.required(false)
			.description("The caller's remaining time in milliseconds (1 to 10 digits): past it the call answers"
					+ " 504 deadline_exceeded; 0 is not run")
			.schema(new JsonSchema().typesItem("integer")
				.format("int64")
				.minimum(BigDecimal.ZERO)
				.maximum(new BigDecimal("9999999999")));
		return header;
	}

	/** {@code List<Order> find(String customer, int limit)}, the way a Java reader knows the method. */
	static String signature(RpcOperation operation) {
		Method method = operation.method();
		String parameters = operation.parameters().stream()
			.map((parameter) -> simpleName(parameter.type().toCanonical()) + " " + parameter.name())
			.collect(Collectors.joining(", "));
		return simpleName(method.getGenericReturnType().getTypeName()) + " " + operation.name() + "(" + parameters
				+ ")";
	}

	/** {@code java.util.List<com.example.Order>} as {@code List<Order>}. */
	private static String simpleName(String typeName) {
		return typeName.replaceAll("[\\w$]+\\.", "").replace('$', '.');
	}

	/** The path items of every operation, by path below the server's URL. */
	Map<String, PathItem> pathItems(String basePath, List<RpcOperation> operations) {
		Map<String, List<RpcOperation>> byPath = operations.stream()
			.collect(Collectors.groupingBy(
					(operation) -> basePath + "/" + operation.service() + "/" + operation.name(),
					LinkedHashMap::new, Collectors.toList()));
		Map<String, PathItem> items = new LinkedHashMap<>();
		byPath.forEach((path, overloads) -> items.put(path, pathItem(overloads)));
		return items;
	}

}
