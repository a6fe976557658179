package io.rpcboot.openapi;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Marks a bean's {@code Optional} properties as nullable: swagger-core unwraps an
 * {@code Optional<T>} to {@code T}, while Jackson writes an empty one as {@code null}.
 */
final class NullableOptionalConverter implements ModelConverter {

	private final ObjectMapper mapper;

	/** @param mapper the mapper swagger-core's model resolver introspects beans with */
	NullableOptionalConverter(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	private static final String COMPONENT_PREFIX = "#/components/schemas/";

	@Override
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema resolved = chain.next().resolve(type, context, chain);
		if (resolved != null) {
			Schema model = definition(resolved, context);
			if (model != null && model.getProperties() != null) {
				markOptionals(this.mapper.constructType(type.getType()), model.getProperties());
			}
		}
		return resolved;
	}

	private static @Nullable Schema definition(Schema resolved, ModelConverterContext context) {
		String ref = resolved.get$ref();
		if (ref != null && ref.startsWith(COMPONENT_PREFIX)) {
			return context.getDefinedModels().get(ref.substring(COMPONENT_PREFIX.length()));
		}
		return resolved;
	}

	@SuppressWarnings("unchecked")
	private void markOptionals(JavaType type, Map<String, Schema> properties) {
		if (type.isContainerType() || type.isPrimitive() || type.isEnumType()) {
			return;
		}
		BeanDescription bean = this.mapper.getSerializationConfig().introspect(type);
		for (BeanPropertyDefinition property : bean.findProperties()) {
			Schema schema = properties.get(property.getName());
			if (schema != null && property.getPrimaryType().getRawClass() == Optional.class && !isOrNull(schema)) {
				properties.put(property.getName(), TypeSchemas.orNull(schema));
			}
		}
	}

	private static boolean isOrNull(Schema<?> schema) {
		return schema.getAnyOf() != null && schema.getAnyOf().size() == 2
				&& schema.getAnyOf().get(1).getTypes() != null && schema.getAnyOf().get(1).getTypes().contains("null");
	}

}
