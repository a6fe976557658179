package io.rpcboot.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rpcboot.it.RoundTrip;
import io.rpcboot.openapi.app.OpenApiServer;

class OpenApiDocumentTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static RoundTrip server;

	@BeforeAll
	static void start() {
		server = new RoundTrip(OpenApiServer.class, "rpc.server.openapi.enabled=true");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void dump() throws Exception {
		System.out.println("DOC " + get("/rpc/openapi.json").body());
		System.out.println("SPRINGDOC " + get("/v3/api-docs").body());
	}

	static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
