package io.rpcboot.openapi;

import java.util.List;

import com.fasterxml.jackson.databind.type.TypeFactory;

import tools.jackson.databind.JavaType;

/**
 * Jackson 3 types as the Jackson 2 types that swagger-core reads: the same raw classes and
 * type arguments.
 */
final class SwaggerTypes {

	private static final TypeFactory TYPES = TypeFactory.defaultInstance();

	private SwaggerTypes() {
	}

	static com.fasterxml.jackson.databind.JavaType of(JavaType type) {
		if (type.isArrayType()) {
			return TYPES.constructArrayType(of(type.getContentType()));
		}
		List<JavaType> arguments = type.getBindings().getTypeParameters();
		if (arguments.isEmpty()) {
			return TYPES.constructType(type.getRawClass());
		}
		return TYPES.constructParametricType(type.getRawClass(),
				arguments.stream().map(SwaggerTypes::of).toArray(com.fasterxml.jackson.databind.JavaType[]::new));
	}

}
