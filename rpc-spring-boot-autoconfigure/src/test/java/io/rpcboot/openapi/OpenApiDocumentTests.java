package io.rpcboot.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rpcboot.RpcCode;
import io.rpcboot.it.RoundTrip;
import io.rpcboot.openapi.app.OpenApiServer;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /rpc/openapi.json} of a real server, read by swagger-parser and checked against real calls. */
class OpenApiDocumentTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static RoundTrip server;

	private static String document;

	private static WireSchemas schemas;

	@BeforeAll
	static void start() throws Exception {
		server = new RoundTrip(OpenApiServer.class, "rpc.server.openapi.enabled=true");
		HttpResponse<String> response = get("/rpc/openapi.json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		document = response.body();
		schemas = new WireSchemas(document);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void documentIsValidOpenApi31ForSwaggerParser() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
		assertThat(result.getOpenAPI().getPaths()).containsOnlyKeys("/rpc/Catalogue/add", "/rpc/Catalogue/at",
				"/rpc/Catalogue/cancel", "/rpc/Catalogue/find", "/rpc/Catalogue/now", "/rpc/Catalogue/orders",
				"/rpc/Catalogue/place", "/rpc/Catalogue/prices", "/rpc/Catalogue/quote");
		assertThat(result.getOpenAPI().getServers()).extracting("url").containsExactly("/");
	}

	@Test
	void requestBodyIsANamedObjectOrAPositionalArray() {
		JsonNode body = schemas.document().at(WireSchemas.requestOf("/rpc/Catalogue/place"));
		JsonNode named = body.at("/oneOf/0");
		assertThat(named.at("/type").asText()).isEqualTo("object");
		assertThat(names(named.at("/properties"))).containsExactly("customer", "lines", "note");
		assertThat(named.at("/additionalProperties").asBoolean(true)).isFalse();
		JsonNode positional = body.at("/oneOf/1");
		assertThat(positional.at("/type").asText()).isEqualTo("array");
		assertThat(positional.at("/prefixItems")).hasSize(3);
		assertThat(positional.at("/minItems").asInt()).isEqualTo(3);
		assertThat(positional.at("/maxItems").asInt()).isEqualTo(3);
		JsonNode add = schemas.document().at(WireSchemas.requestOf("/rpc/Catalogue/at") + "/oneOf/0/required");
		assertThat(add.toString()).isEqualTo("[\"epochSecond\"]");
	}

	@Test
	void operationsCarryTheirTagResultsErrorsAndDeadlineHeader() {
		JsonNode cancel = schemas.document().at("/paths/~1rpc~1Catalogue~1cancel/post");
		assertThat(cancel.at("/tags/0").asText()).isEqualTo("Catalogue");
		assertThat(names(cancel.at("/responses"))).contains("204", "400", "404", "415", "422", "500", "503",
				"504");
		assertThat(cancel.at("/responses/200").isMissingNode()).isTrue();
		assertThat(cancel.at("/responses/422/description").asText()).contains("AlreadyShippedException");
		assertThat(cancel.at("/parameters/0/name").asText()).isEqualTo("Rpc-Timeout-Ms");
		assertThat(cancel.at("/parameters/0/in").asText()).isEqualTo("header");
		assertThat(schemas.document().at(WireSchemas.responseOf("/rpc/Catalogue/quote", 200) + "/$ref").asText())
			.as("CompletableFuture<Quote> answers a Quote")
			.isEqualTo("#/components/schemas/Quote");
		List<String> codes = new ArrayList<>();
		schemas.document().at("/components/schemas/RpcProblem/properties/code/enum").forEach((code) -> codes.add(code.asText()));
		assertThat(codes).containsExactlyInAnyOrder(java.util.Arrays.stream(RpcCode.values())
			.filter((code) -> code != RpcCode.UNKNOWN)
			.map(RpcCode::wireName)
			.toArray(String[]::new));
	}

	@Test
	void recordsGenericsOptionalsTimeAndDecimalsAreWhatTheWireCarries() throws Exception {
		assertCall("/rpc/Catalogue/place", """
				{"customer": "ada", "lines": [{"sku": "b-1", "quantity": 2, "unitPrice": {"amount": 6.25, "currency": "EUR"}}],
				 "note": null}""");
		assertCall("/rpc/Catalogue/place", """
				["ada", [{"sku": "b-1", "quantity": 2, "unitPrice": {"amount": 6.25, "currency": "EUR"}}], "ring"]""");
		assertCall("/rpc/Catalogue/find", "[\"00000000-0000-0000-0000-000000000007\"]");
		assertCall("/rpc/Catalogue/find", "{\"id\": \"00000000-0000-0000-0000-000000000009\"}");
		assertCall("/rpc/Catalogue/orders", "{\"status\": \"SHIPPED\", \"limit\": 5}");
		assertCall("/rpc/Catalogue/prices", "[[\"a\", \"b\"]]");
		assertCall("/rpc/Catalogue/quote", """
				[{"sku": "b-1", "quantity": 1, "unitPrice": {"amount": 1E+3, "currency": "EUR"}}, "2026-12-01"]""");
		assertCall("/rpc/Catalogue/at", "[1700000000]");
		assertCall("/rpc/Catalogue/now", "[]");
		assertCall("/rpc/Catalogue/add", "{\"a\": 1, \"b\": 2}");
		assertCall("/rpc/Catalogue/add", "[1, 2, 3]");
	}

	@Test
	void schemasRejectWhatTheServerRejects() throws Exception {
		for (String body : List.of("{\"a\": 1}", "{\"a\": 1, \"b\": 2, \"d\": 3}", "[1]", "[1, \"x\"]")) {
			assertThat(post("/rpc/Catalogue/add", body).statusCode()).as(body).isEqualTo(400);
			assertThat(schemas.validate(WireSchemas.requestOf("/rpc/Catalogue/add"), body)).as(body).isNotEmpty();
		}
		String order = "{\"customer\": \"ada\", \"lines\": [], \"note\": null, \"extra\": 1}";
		assertThat(post("/rpc/Catalogue/place", order).statusCode()).isEqualTo(400);
		assertThat(schemas.validate(WireSchemas.requestOf("/rpc/Catalogue/place"), order)).isNotEmpty();
		assertThat(schemas.validate(WireSchemas.responseOf("/rpc/Catalogue/at", 200), "1700000000")).isNotEmpty();
		assertThat(schemas.validate(WireSchemas.responseOf("/rpc/Catalogue/at", 200), "\"yesterday\"")).isNotEmpty();
		assertThat(schemas.validate(WireSchemas.responseOf("/rpc/Catalogue/find", 200), "{\"id\": 7}")).isNotEmpty();
	}

	@Test
	void voidAnswers204AndDeclaredExceptionsAreProblemsOfTheDocumentedShape() throws Exception {
		String cancel = "[\"00000000-0000-0000-0000-000000000001\", null]";
		assertThat(schemas.validate(WireSchemas.requestOf("/rpc/Catalogue/cancel"), cancel))
			.as("a @Nullable parameter takes null")
			.isEmpty();
		assertThat(post("/rpc/Catalogue/cancel", cancel).statusCode()).isEqualTo(204);
		HttpResponse<String> shipped = post("/rpc/Catalogue/cancel", "{\"id\": \"00000000-0000-0000-0000-000000000007\"}");
		assertThat(shipped.statusCode()).isEqualTo(422);
		assertThat(shipped.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(schemas.validate("/components/schemas/RpcProblem", shipped.body())).isEmpty();
		HttpResponse<String> unknown = post("/rpc/Catalogue/nothing", "[]");
		assertThat(schemas.validate("/components/schemas/RpcProblem", unknown.body())).isEmpty();
		assertThat(schemas.document().at("/paths/~1rpc~1Catalogue~1nothing").isMissingNode()).isTrue();
	}

	@Test
	void documentAnswersGetOnly() throws Exception {
		HttpResponse<String> response = post("/rpc/openapi.json", "[]");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		assertThat(response.body()).contains("\"code\":\"unimplemented\"");
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}

	/** Calls the server and validates the request and its answer against the document's schemas. */
	private static void assertCall(String path, String request) throws Exception {
		assertThat(schemas.validate(WireSchemas.requestOf(path), request)).as("request to %s: %s", path, request)
			.isEmpty();
		HttpResponse<String> response = post(path, request);
		assertThat(response.statusCode()).as("%s %s: %s", path, request, response.body()).isEqualTo(200);
		assertThat(schemas.validate(WireSchemas.responseOf(path, 200), response.body()))
			.as("answer of %s: %s", path, response.body())
			.isEmpty();
	}

	static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
