package io.rpcboot.openapi;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates JSON against a schema of an OpenAPI 3.1 document (JSON Schema 2020-12), the
 * document's own references resolved, formats asserted.
 */
final class WireSchemas {

	private static final ObjectMapper mapper = new ObjectMapper();

	private final JsonNode document;

	WireSchemas(String document) throws Exception {
		this.document = mapper.readTree(document);
	}

	JsonNode document() {
		return this.document;
	}

	/** What the schema at the JSON pointer finds wrong in the JSON; empty where it is valid. */
	Set<ValidationMessage> validate(String schemaPointer, String json) throws Exception {
		ObjectNode root = this.document.deepCopy();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.put("$ref", "#" + schemaPointer);
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(root, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
		return schema.validate(mapper.readTree(json));
	}

	/** The pointer to a POST operation's request body schema. */
	static String requestOf(String path) {
		return "/paths/" + escape(path) + "/post/requestBody/content/application~1json/schema";
	}

	/** The pointer to a POST operation's schema for a status. */
	static String responseOf(String path, int status) {
		return "/paths/" + escape(path) + "/post/responses/" + status + "/content/application~1json/schema";
	}

	private static String escape(String path) {
		return path.replace("~", "~0").replace("/", "~1");
	}

}
