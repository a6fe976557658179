package io.rpcboot.openapi;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import io.rpcboot.RpcCode;
import io.rpcboot.protocol.RpcProtocol;

/**
 * The protocol's errors: the problem schema shared by every operation, with {@code code} as
 * an enum of the wire codes, and the error statuses the contract gives.
 */
final class RpcProblems {

	/** Name of the shared problem schema among the components. */
	static final String SCHEMA_NAME = "RpcProblem";

	static final String MEDIA_TYPE = "application/problem+json";

	private static final String RESPONSE_PREFIX = "RpcError";

	private static final Map<String, String> STATUSES = statuses();

	private RpcProblems() {
	}

	private static Map<String, String> statuses() {
		Map<String, String> statuses = new LinkedHashMap<>();
		statuses.put("400", "invalid_argument: malformed JSON, wrong arity, a value that does not convert, an unknown"
				+ " named parameter, a malformed " + RpcProtocol.TIMEOUT_HEADER
				+ " or an IllegalArgumentException or failed bean validation in the service");
		statuses.put("401", "unauthenticated: rejected by authentication");
		statuses.put("403", "permission_denied: rejected by authorization");
		statuses.put("404", "unimplemented: no such service, or no such method on it");
		statuses.put("413", "resource_exhausted: the body is over rpc.server.max-request-size");
		statuses.put("415", "invalid_argument: a Content-Type other than JSON, or none");
		statuses.put("422", "failed_precondition: an application exception the method declares");
		statuses.put("429", "resource_exhausted: rejected by a rate limiter");
		statuses.put("500", "internal: anything else the service threw (the detail carries an error id)");
		statuses.put("503", "unavailable: the server is shutting down or over rpc.server.max-concurrent-calls"
				+ " (with Retry-After); the call did not run");
		statuses.put("504", "deadline_exceeded: the " + RpcProtocol.TIMEOUT_HEADER
				+ " deadline passed before or while the call ran");
		return statuses;
	}

	/** RFC 9457 problem details with the protocol's {@code code} and {@code exception} members. */
	static Schema<?> schema() {
		List<String> codes = Arrays.stream(RpcCode.values())
			.filter((code) -> code != RpcCode.UNKNOWN)
			.map(RpcCode::wireName)
			.toList();
		Schema<String> code = new StringSchema().specVersion(SpecVersion.V31).typesItem("string")
			.description("The protocol's error code; a client treats a code it does not know as unknown");
		code.setEnum(codes);
		return new JsonSchema().typesItem("object")
			.description("An RPC error: RFC 9457 problem details with the protocol's code")
			.addProperty("type", new JsonSchema().typesItem("string").format("uri-reference"))
			.addProperty("title", new JsonSchema().typesItem("string"))
			.addProperty("status", new JsonSchema().typesItem("integer").format("int32"))
			.addProperty("detail", new JsonSchema().typesItem("string"))
			.addProperty("instance", new JsonSchema().typesItem("string").format("uri-reference"))
			.addProperty(RpcProtocol.CODE_MEMBER, code)
			.addProperty(RpcProtocol.EXCEPTION_MEMBER, new JsonSchema().typesItem("string")
				.description("Fully qualified class name of an application exception the method declares;"
						+ " its message is the detail"))
			.addRequiredItem(RpcProtocol.CODE_MEMBER);
	}

	/** The error answers every operation shares, by component name ({@code RpcError400}). */
	static Map<String, ApiResponse> responses() {
		Map<String, ApiResponse> responses = new LinkedHashMap<>();
		STATUSES.forEach((status, description) -> responses.put(RESPONSE_PREFIX + status, response(description, status)));
		return responses;
	}

	/** Adds the error answers of an operation, naming the exceptions its methods declare under 422. */
	static void addTo(ApiResponses responses, List<Method> methods) {
		String declared = methods.stream()
			.flatMap((method) -> Arrays.stream(method.getExceptionTypes()))
			.map(Class::getName)
			.distinct()
			.sorted()
			.collect(Collectors.joining(", "));
		STATUSES.forEach((status, description) -> {
			if ("422".equals(status) && !declared.isEmpty()) {
				responses.addApiResponse(status, response(description + " (" + declared + ")", status));
			}
			else {
				responses.addApiResponse(status,
						new ApiResponse().$ref("#/components/responses/" + RESPONSE_PREFIX + status));
			}
		});
	}

	private static ApiResponse response(String description, String status) {
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(MEDIA_TYPE,
					new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + SCHEMA_NAME))));
		if ("503".equals(status)) {
			response.addHeaderObject("Retry-After", new Header()
				.description("Seconds to wait before calling again, where the server is over its limit")
				.schema(new JsonSchema().typesItem("integer")));
		}
		return response;
	}

}
