package io.rpcboot.it.observation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.RpcRemoteException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** {@code GET /actuator/rpc} on a real server and on a client application, after real calls. */
class RpcActuatorEndpointTests {

	private static final List<String> EXPOSED = List.of("management.endpoints.web.exposure.include=rpc");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void endpointShowsServicesClientsDeadlinesAndCallsByCode() throws Exception {
		try (ObservedApps apps = new ObservedApps(EXPOSED, EXPOSED, WebApplicationType.SERVLET)) {
			for (int i = 0; i < 3; i++) {
				assertThat(apps.ledger().add(i, 1)).isEqualTo(i + 1);
			}
			assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> apps.ledger().reject("no"));

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				JsonNode server = rpc(apps.server()).get("server");
				assertThat(server.get("settings").get("path").asString()).isEqualTo("/rpc");
				assertThat(server.get("settings").get("maxRequestSizeBytes").asLong()).isEqualTo(4 * 1024 * 1024);
				assertThat(server.get("settings").get("catalogEnabled").asBoolean()).isFalse();
				JsonNode ledger = server.get("services").get(0);
				assertThat(ledger.get("name").asString()).isEqualTo("Ledger");
				JsonNode add = ledger.get("methods").get(0);
				assertThat(add.get("name").asString()).isEqualTo("add");
				assertThat(add.get("parameters").get(1).get("name").asString()).isEqualTo("b");
				assertThat(add.get("returns").asString()).isEqualTo("int");
				assertThat(json.writeValueAsString(ledger.get("calls").get("add")))
					.isEqualTo("{\"total\":3,\"byCode\":{\"OK\":3}}");
				assertThat(json.writeValueAsString(ledger.get("calls").get("reject")))
					.isEqualTo("{\"total\":1,\"byCode\":{\"INVALID_ARGUMENT\":1}}");
			});

			JsonNode client = rpc(apps.client()).get("clients").get(0);
			assertThat(client.get("name").asString()).isEqualTo("Ledger");
			assertThat(client.get("service").asString()).isEqualTo("Ledger");
			assertThat(client.get("url").asString()).isEqualTo("http://127.0.0.1:" + apps.port());
			assertThat(client.get("path").asString()).isEqualTo("/rpc");
			JsonNode methods = client.get("methods");
			JsonNode add = method(methods, "add");
			assertThat(add.get("timeout").asString()).isEqualTo("10s");
			assertThat(add.get("idempotent").asBoolean()).isFalse();
			assertThat(json.writeValueAsString(add.get("calls"))).isEqualTo("{\"total\":3,\"byCode\":{\"OK\":3}}");
			assertThat(json.writeValueAsString(method(methods, "reject").get("calls")))
				.isEqualTo("{\"total\":1,\"byCode\":{\"INVALID_ARGUMENT\":1}}");
			JsonNode slow = method(methods, "slow");
			assertThat(slow.get("timeout").asString()).isEqualTo("300ms");
			assertThat(slow.get("idempotent").asBoolean()).isTrue();
			assertThat(method(methods, "later").get("async").asBoolean()).isTrue();
		}
	}

	private JsonNode rpc(ConfigurableApplicationContext context) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ObservedApps.port(context) + "/actuator/rpc"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static JsonNode method(JsonNode methods, String name) {
		for (JsonNode method : methods) {
			if (method.get("name").asString().equals(name)) {
				return method;
			}
		}
		throw new AssertionError("no method " + name + " in " + methods);
	}

}
