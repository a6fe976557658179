package io.rpcboot.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rpcboot.it.RoundTrip;
import io.rpcboot.openapi.app.OpenApiServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc's document of a real server below a servlet context path lists the RPC operations
 * beside a {@code @RestController}'s, and a call built from it, as Swagger UI's "Try it out"
 * builds one (server URL + path, a JSON body), reaches the service.
 */
class SpringdocOpenApiTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	/** Below the context path and the DispatcherServlet's path, which the RPC servlet is not below. */
	private static final String API_DOCS = "%s/shop/mvc/v3/api-docs";

	private static RoundTrip server;

	private static JsonNode apiDocs;

	@BeforeAll
	static void start() throws Exception {
		server = new RoundTrip(OpenApiServer.class, "server.servlet.context-path=/shop", "spring.mvc.servlet.path=/mvc");
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(API_DOCS.formatted(server.baseUrl()))));
		assertThat(response.statusCode()).isEqualTo(200);
		SwaggerParseResult parsed = new OpenAPIParser().readContents(response.body(), null, null);
		assertThat(parsed.getMessages()).isEmpty();
		apiDocs = new ObjectMapper().readTree(response.body());
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void rpcOperationsSitBesideTheRestEndpoints() {
		assertThat(apiDocs.at("/openapi").asText()).isEqualTo("3.1.0");
		assertThat(apiDocs.at("/paths/~1api~1greeting/get").isObject()).isTrue();
		assertThat(apiDocs.at("/paths/~1rpc~1Catalogue~1place/post/requestBody/content/application~1json/schema/oneOf")
			.size()).isEqualTo(2);
		assertThat(apiDocs.at("/components/schemas/Order/properties/placed/format").asText()).isEqualTo("date-time");
		assertThat(apiDocs.at("/components/schemas/RpcProblem/properties/code/enum").size()).isEqualTo(9);
		assertThat(apiDocs.at("/components/responses/RpcError504").isObject()).isTrue();
	}

	@Test
	void callBuiltFromTheServerUrlAndPathReachesTheService() throws Exception {
		assertThat(apiDocs.at("/servers/0/url").asText()).isEqualTo(server.baseUrl() + "/shop/mvc");
		assertThat(apiDocs.at("/paths/~1api~1greeting/servers").isMissingNode()).isTrue();
		// the RPC path item names its own server: the context path, relative to the document's URL
		String serverUrl = apiDocs.at("/paths/~1rpc~1Catalogue~1add/servers/0/url").asText();
		assertThat(serverUrl).isEqualTo("/shop");
		URI resolved = URI.create(API_DOCS.formatted(server.baseUrl())).resolve(serverUrl);
		HttpResponse<String> response = post(URI.create(resolved + "/rpc/Catalogue/add"), "{\"a\": 2, \"b\": 3}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("5");
	}

	@Test
	void swaggerUiIsServed() throws Exception {
		HttpResponse<String> page = send(
				HttpRequest.newBuilder(URI.create(server.baseUrl() + "/shop/mvc/swagger-ui/index.html")));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
	}

	@Test
	void ownDocumentIsNotServedUnlessEnabled() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(server.baseUrl() + "/shop/rpc/openapi.json")));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"code\":\"unimplemented\"");
	}

	@Test
	void ownDocumentNamesTheContextPathAsItsServer() throws Exception {
		OpenAPI document = server.server().getBean(RpcOpenApi.class).document("/shop");
		assertThat(document.getServers()).extracting("url").containsExactly("/shop");
		// relative to the document's own URL, as OpenAPI resolves a relative server URL
		URI serverUrl = URI.create(server.baseUrl() + "/shop/rpc/openapi.json").resolve(document.getServers().get(0).getUrl());
		HttpResponse<String> response = post(URI.create(serverUrl + "/rpc/Catalogue/add"), "[2, 3, 4]");
		assertThat(response.body()).isEqualTo("9");
	}

	private static HttpResponse<String> post(URI uri, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
