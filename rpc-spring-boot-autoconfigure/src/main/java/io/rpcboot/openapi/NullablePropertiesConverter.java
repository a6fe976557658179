package io.rpcboot.openapi;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
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
 * Lets a bean's property be {@code null} where Jackson may write {@code null} for it: an
 * {@code Optional} (swagger-core unwraps {@code Optional<T>} to {@code T}, Jackson writes an
 * empty one as {@code null}) or a property marked {@code @Nullable}.
 */
final class NullablePropertiesConverter implements ModelConverter {

	private static final String COMPONENT_PREFIX = "#/components/schemas/";

	private final ObjectMapper mapper;

	/** @param mapper the mapper swagger-core's model resolver introspects beans with */
	NullablePropertiesConverter(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema resolved = chain.next().resolve(type, context, chain);
		if (resolved != null) {
			Schema model = definition(resolved, context);
			if (model != null && model.getProperties() != null) {
				markNullables(this.mapper.constructType(type.getType()), model.getProperties());
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
	private void markNullables(JavaType type, Map<String, Schema> properties) {
		if (type.isContainerType() || type.isPrimitive() || type.isEnumType() || type.isReferenceType()) {
			return;
		}
		BeanDescription bean = this.mapper.getSerializationConfig().introspect(type);
		for (BeanPropertyDefinition property : bean.findProperties()) {
			Schema schema = properties.get(property.getName());
			if (schema != null && !TypeSchemas.isOrNull(schema) && isNullable(property)) {
				properties.put(property.getName(), TypeSchemas.orNull(schema));
			}
		}
	}

	private static boolean isNullable(BeanPropertyDefinition property) {
		if (property.getPrimaryType().getRawClass() == Optional.class) {
			return true;
		}
		if (property.getField() != null) {
			Field field = property.getField().getAnnotated();
			if (Nullness.isNullable(field, field.getAnnotatedType())) {
				return true;
			}
		}
		if (property.getGetter() != null) {
			Method getter = property.getGetter().getAnnotated();
			return Nullness.isNullable(getter, getter.getAnnotatedReturnType());
		}
		return false;
	}

	/** Whether an element is marked {@code @Nullable}, by any library's annotation of that name. */
	static final class Nullness {

		private Nullness() {
		}

		static boolean isNullable(AnnotatedElement... elements) {
			for (AnnotatedElement element : elements) {
				for (java.lang.annotation.Annotation annotation : element.getAnnotations()) {
					if ("Nullable".equals(annotation.annotationType().getSimpleName())) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
