package io.rpcboot.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON schemas of Java types as rpcboot's JSON carries them, written by swagger-core's model
 * converters (OpenAPI 3.1) and corrected where Jackson 3 writes otherwise. Collects the named
 * schemas that the returned ones refer to.
 */
final class TypeSchemas {

	private static final Log logger = LogFactory.getLog(TypeSchemas.class);

	private final ModelConverters converters;

	private final Map<String, Schema> components = new TreeMap<>();

	/** @param rpcMapper the mapper that writes and reads the calls' JSON */
	TypeSchemas(JsonMapper rpcMapper) {
		ObjectMapper mapper = SwaggerTypes.mapperLike(rpcMapper);
		// an instance of its own: the global one carries whatever converters other libraries registered
		this.converters = new ModelConverters(true);
		List.copyOf(this.converters.getConverters()).forEach(this.converters::removeConverter);
		this.converters.addConverter(new ModelResolver(mapper).openapi31(true));
		this.converters.addConverter(new WireScalarsConverter(mapper));
		this.converters.addConverter(new NullablePropertiesConverter(mapper));
	}

	/** The schema of a value of that type, a {@code $ref} for records, beans and enums. */
	Schema<?> schema(JavaType type) {
		Class<?> raw = type.getRawClass();
		if (raw == Optional.class) {
			return orNull(schema(type.containedTypeOrUnknown(0)));
		}
		if (raw == OptionalInt.class || raw == OptionalLong.class) {
			return orNull(new JsonSchema().typesItem("integer").format((raw == OptionalInt.class) ? "int32" : "int64"));
		}
		if (raw == OptionalDouble.class) {
			return orNull(new JsonSchema().typesItem("number").format("double"));
		}
		if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
			return new JsonSchema(); // any JSON value
		}
		ResolvedSchema resolved;
		try {
			resolved = this.converters
				.resolveAsResolvedSchema(new AnnotatedType(SwaggerTypes.of(type)).resolveAsRef(true));
		}
		catch (RuntimeException ex) {
			// one type the generator cannot read must not cost the whole document (and springdoc's)
			logger.warn("OpenAPI: no schema for " + type.toCanonical() + ", described as any JSON value", ex);
			return new JsonSchema();
		}
		if (resolved.referencedSchemas != null) {
			this.components.putAll(resolved.referencedSchemas);
		}
		return (resolved.schema != null) ? resolved.schema : new JsonSchema();
	}

	/** The named schemas that the schemas returned so far refer to, by name. */
	Map<String, Schema> components() {
		return this.components;
	}

	/** The schema of a value that may be {@code null}: {@code @Nullable}, or an {@code Optional}. */
	Schema<?> nullableSchema(JavaType type) {
		Schema<?> schema = schema(type);
		return (isOrNull(schema) || type.isPrimitive()) ? schema : orNull(schema);
	}

	/** Whether a schema is one that {@link #orNull} made. */
	static boolean isOrNull(Schema<?> schema) {
		return schema.getAnyOf() != null && schema.getAnyOf().size() == 2 && schema.getAnyOf().get(1).getTypes() != null
				&& schema.getAnyOf().get(1).getTypes().contains("null");
	}

	/** The schema, or JSON {@code null}: what Jackson writes for an empty {@code Optional}. */
	static Schema<?> orNull(Schema<?> schema) {
		return new JsonSchema().anyOf(List.of(schema, new JsonSchema().typesItem("null")));
	}

}
