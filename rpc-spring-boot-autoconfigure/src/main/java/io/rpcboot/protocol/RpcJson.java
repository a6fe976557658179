package io.rpcboot.protocol;

import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Stream;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * The JSON side of the protocol: the application's {@link JsonMapper}, hardened so that JSON
 * binds only to declared types (no polymorphic type ids, ever), and the start-up check that
 * each type of a signature can travel.
 */
public final class RpcJson {

	private final JsonMapper mapper;

	private final MarshallingCheck check;

	/** Derives the RPC mapper from the application's, keeping its modules and settings. */
	public RpcJson(JsonMapper applicationMapper) {
		this.mapper = withRpcRules(applicationMapper.<JsonMapper, JsonMapper.Builder>rebuild()).build();
		this.check = new MarshallingCheck(this.mapper);
	}

	/** The rules of every RPC mapper, whatever its format. */
	private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B withRpcRules(B builder) {
		return builder.deactivateDefaultTyping()
			.polymorphicTypeValidator(NoPolymorphism.INSTANCE)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			// 2.5 is no int: refuse it rather than lose the fraction
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			// 1E+3 written plain is 1000: the same number, another scale
			.disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
	}

	/**
	 * A mapper of another format (Smile, CBOR) with this one's settings: the application's
	 * modules, features, naming, inclusion, dates and locale, then the same RPC rules.
	 * @param builder a new builder of the format's mapper
	 */
	public <M extends ObjectMapper, B extends MapperBuilder<M, B>> M derive(B builder) {
		SerializationConfig serialization = this.mapper.serializationConfig();
		DeserializationConfig deserialization = this.mapper.deserializationConfig();
		builder.addModules(this.mapper.registeredModules());
		for (MapperFeature feature : MapperFeature.values()) {
			builder.configure(feature, serialization.isEnabled(feature));
		}
		for (SerializationFeature feature : SerializationFeature.values()) {
			builder.configure(feature, serialization.isEnabled(feature));
		}
		for (DeserializationFeature feature : DeserializationFeature.values()) {
			builder.configure(feature, deserialization.isEnabled(feature));
		}
		for (StreamReadFeature feature : StreamReadFeature.values()) {
			builder.configure(feature, deserialization.isEnabled(feature));
		}
		for (StreamWriteFeature feature : StreamWriteFeature.values()) {
			builder.configure(feature, serialization.isEnabled(feature));
		}
		Stream.of(DateTimeFeature.values(), EnumFeature.values(), JsonNodeFeature.values())
			.flatMap(Arrays::stream)
			.forEach((feature) -> builder.configure(feature, serialization.isEnabled(feature)));
		builder.changeDefaultPropertyInclusion((inclusion) -> serialization.getDefaultPropertyInclusion())
			.changeDefaultVisibility((visibility) -> serialization.getDefaultVisibilityChecker())
			.defaultTimeZone(serialization.getTimeZone())
			.defaultLocale(serialization.getLocale())
			.defaultDateFormat(serialization.getDateFormat());
		if (serialization.getPropertyNamingStrategy() != null) {
			builder.propertyNamingStrategy(serialization.getPropertyNamingStrategy());
		}
		return withRpcRules(builder).build();
	}

	public JsonMapper mapper() {
		return this.mapper;
	}

	/**
	 * Resolves a signature's type and checks that JSON can carry it both ways.
	 * @param what names the place, e.g. {@code RPC method Calc.add, parameter 0 (a)}
	 * @throws IllegalStateException naming {@code what} and the type where it cannot
	 */
	public JavaType checkedType(Type type, String what) {
		return checkedType(this.mapper.constructType(type), what);
	}

	JavaType checkedType(JavaType type, String what) {
		this.check.check(type, what);
		return type;
	}

	/** Refuses every polymorphic base type: no class is ever chosen by a name in the JSON. */
	private static final class NoPolymorphism extends PolymorphicTypeValidator.Base {

		static final NoPolymorphism INSTANCE = new NoPolymorphism();

		@Override
		public Validity validateBaseType(DatabindContext ctxt, JavaType baseType) {
			return Validity.DENIED;
		}

	}

}
