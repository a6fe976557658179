package io.rpcboot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration metadata IDEs read: every property of the contract, described, with its default. */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyIsDescribedWithItsDefault() throws IOException {
		JsonNode metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			metadata = JsonMapper.builder().build().readTree(in);
		}
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			names.add(property.get("name").stringValue());
			assertThat(property.get("description").stringValue()).as(property.get("name").stringValue()).isNotBlank();
		}
		assertThat(names).contains("rpc.server.enabled", "rpc.server.path", "rpc.server.max-request-size",
				"rpc.server.max-concurrent-calls", "rpc.server.catalog.enabled", "rpc.client.timeout", "rpc.client.connect-timeout", "rpc.client.path",
				"rpc.client.services", "rpc.client.max-response-size", "rpc.client.retry.max-attempts",
				"rpc.client.retry.initial-backoff", "rpc.client.retry.max-backoff");
		assertThat(defaultOf(metadata, "rpc.server.path")).isEqualTo("/rpc");
		assertThat(defaultOf(metadata, "rpc.server.max-request-size")).isEqualTo("4MB");
		assertThat(defaultOf(metadata, "rpc.client.timeout")).isEqualTo("10s");
		assertThat(defaultOf(metadata, "rpc.client.connect-timeout")).isEqualTo("2s");
		assertThat(defaultOf(metadata, "rpc.client.max-response-size")).isEqualTo("16MB");
		assertThat(defaultOf(metadata, "rpc.client.retry.max-attempts")).isEqualTo("3");
		assertThat(defaultOf(metadata, "rpc.client.retry.initial-backoff")).isEqualTo("50ms");
		assertThat(defaultOf(metadata, "rpc.client.retry.max-backoff")).isEqualTo("1s");
	}

	private static String defaultOf(JsonNode metadata, String name) {
		for (JsonNode property : metadata.get("properties")) {
			if (property.get("name").stringValue().equals(name)) {
				return property.get("defaultValue").asString();
			}
		}
		return null;
	}

}
