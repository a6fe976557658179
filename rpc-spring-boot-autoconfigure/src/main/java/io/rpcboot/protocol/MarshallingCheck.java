package io.rpcboot.protocol;

import java.lang.reflect.Member;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.AbstractDeserializer;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks a type the way Jackson would bind it (containers, bean properties, creator
 * parameters) and refuses what JSON cannot carry: abstract types without a binding,
 * classes Jackson cannot construct, polymorphic type ids, and resources such as streams
 * and threads. Runs at start-up, so nothing of this fails at the first call.
 */
final class MarshallingCheck {

	private final JsonMapper mapper;

	MarshallingCheck(JsonMapper mapper) {
		this.mapper = mapper;
	}

	void check(JavaType type, String what) {
		DeserializationContext context = this.mapper._deserializationContext();
		check(context, type, new HashSet<>(), what, type);
	}

	private void check(DeserializationContext context, JavaType type, Set<JavaType> seen, String what, JavaType root) {
		if (!seen.add(type)) {
			return;
		}
		if (type.isContainerType() || type.isReferenceType()) {
			if (type.isMapLikeType()) {
				check(context, type.getKeyType(), seen, what, root);
			}
			check(context, type.getContentType(), seen, what, root);
			return;
		}
		Class<?> raw = type.getRawClass();
		if (raw == Object.class || raw.isPrimitive() || raw == String.class) {
			return;
		}
		if (isResource(raw)) {
			throw fail(what, root, type, "it is a resource, not data");
		}
		ValueDeserializer<Object> deserializer;
		try {
			if (type.isMapLikeType() || raw.isEnum()) {
				return;
			}
			deserializer = context.findRootValueDeserializer(type);
			if (context.findTypeDeserializer(type) != null) {
				throw fail(what, root, type, "it asks for polymorphic type ids, which rpcboot never reads");
			}
		}
		catch (JacksonException ex) {
			throw fail(what, root, type, ex.getOriginalMessage());
		}
		if (deserializer instanceof AbstractDeserializer) {
			throw fail(what, root, type,
					"it is abstract, and JSON cannot say which class to build; use a concrete class or a record");
		}
		if (deserializer instanceof BeanDeserializerBase bean) {
			if (!bean.getValueInstantiator().canInstantiate()) {
				throw fail(what, root, type, "Jackson cannot construct it (no public constructor or @JsonCreator)");
			}
			checkProperties(context, bean.properties(), seen, what, root);
			checkProperties(context, bean.creatorProperties(), seen, what, root);
		}
	}

	private void checkProperties(DeserializationContext context, Iterator<SettableBeanProperty> properties,
			Set<JavaType> seen, String what, JavaType root) {
		while (properties.hasNext()) {
			SettableBeanProperty property = properties.next();
			if (property.getValueTypeDeserializer() != null) {
				throw fail(what, root, property.getType(), "property '" + property.getName()
						+ "' asks for polymorphic type ids, which rpcboot never reads");
			}
			check(context, property.getType(), seen, what + ", property '" + property.getName() + "'", root);
		}
	}

	private static boolean isResource(Class<?> raw) {
		return AutoCloseable.class.isAssignableFrom(raw) || Thread.class.isAssignableFrom(raw)
				|| ThreadGroup.class.isAssignableFrom(raw) || ClassLoader.class.isAssignableFrom(raw)
				|| raw == Class.class || Member.class.isAssignableFrom(raw) || Future.class.isAssignableFrom(raw)
				|| Executor.class.isAssignableFrom(raw) || Runnable.class.isAssignableFrom(raw);
	}

	private static IllegalStateException fail(String what, JavaType root, JavaType type, String why) {
		String at = type.equals(root) ? "" : " (in " + root.toCanonical() + ")";
		return new IllegalStateException(
				what + ": type " + type.toCanonical() + at + " cannot be carried in JSON: " + why);
	}

}
