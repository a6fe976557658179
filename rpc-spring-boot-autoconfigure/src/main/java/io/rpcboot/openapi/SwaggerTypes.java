package io.rpcboot.openapi;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.util.Json31;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 as swagger-core sees it, through Jackson 2: types with the same raw classes and
 * type arguments, and a mapper that names properties as the RPC mapper does.
 */
final class SwaggerTypes {

	private static final Log logger = LogFactory.getLog(SwaggerTypes.class);

	private static final TypeFactory TYPES = TypeFactory.defaultInstance();

	/** Jackson 2's standard naming strategies by the simple class name they share with Jackson 3's. */
	private static final Map<String, PropertyNamingStrategy> NAMING = Map.of(
			"SnakeCaseStrategy", PropertyNamingStrategies.SNAKE_CASE,
			"UpperSnakeCaseStrategy", PropertyNamingStrategies.UPPER_SNAKE_CASE,
			"LowerCamelCaseStrategy", PropertyNamingStrategies.LOWER_CAMEL_CASE,
			"UpperCamelCaseStrategy", PropertyNamingStrategies.UPPER_CAMEL_CASE,
			"LowerCaseStrategy", PropertyNamingStrategies.LOWER_CASE,
			"KebabCaseStrategy", PropertyNamingStrategies.KEBAB_CASE,
			"LowerDotCaseStrategy", PropertyNamingStrategies.LOWER_DOT_CASE);

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

	/** swagger-core's OpenAPI 3.1 mapper, naming properties with the RPC mapper's strategy. */
	static ObjectMapper mapperLike(JsonMapper rpcMapper) {
		ObjectMapper mapper = Json31.mapper().copy();
		tools.jackson.databind.PropertyNamingStrategy naming = rpcMapper.serializationConfig()
			.getPropertyNamingStrategy();
		if (naming != null) {
			PropertyNamingStrategy same = NAMING.get(naming.getClass().getSimpleName());
			if (same != null) {
				mapper.setPropertyNamingStrategy(same);
			}
			else {
				logger.warn("The OpenAPI schemas name properties as declared: the JSON mapper's naming strategy "
						+ naming.getClass().getName() + " is none of Jackson's standard ones");
			}
		}
		return mapper;
	}

}
