package io.rpcboot.protocol;

import java.lang.reflect.Type;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationFeature;
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
		this.mapper = applicationMapper.rebuild()
			.deactivateDefaultTyping()
			.polymorphicTypeValidator(NoPolymorphism.INSTANCE)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			// 2.5 is no int: refuse it rather than lose the fraction
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			// 1E+3 written plain is 1000: the same number, another scale
			.disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.build();
		this.check = new MarshallingCheck(this.mapper);
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
