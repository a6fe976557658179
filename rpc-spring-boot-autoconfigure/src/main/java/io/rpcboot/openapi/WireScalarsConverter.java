package io.rpcboot.openapi;

import java.io.File;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The JDK types that Jackson writes as one string or number (and Jackson 3's {@code JsonNode},
 * any JSON value), where swagger-core would
 * describe their getters as an object or claim a format the text does not follow (Jackson
 * writes {@code Duration} with fractions and negative parts, {@code LocalDateTime} without an
 * offset).
 */
final class WireScalarsConverter implements ModelConverter {

	private static final Map<Class<?>, Supplier<Schema<?>>> SCALARS = scalars();

	private final ObjectMapper mapper;

	WireScalarsConverter(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	private static Map<Class<?>, Supplier<Schema<?>>> scalars() {
		Map<Class<?>, Supplier<Schema<?>>> scalars = new LinkedHashMap<>();
		scalars.put(char[].class, () -> string("A string"));
		scalars.put(LocalDateTime.class, () -> string("An ISO-8601 date and time without offset, such as"
				+ " 2026-11-26T10:15:30").pattern("^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$"));
		scalars.put(Calendar.class, () -> string(null).format("date-time"));
		scalars.put(Duration.class, () -> string("An ISO-8601 duration, such as PT1.5S"));
		scalars.put(Period.class, () -> string("An ISO-8601 period, such as P1Y2M3D"));
		scalars.put(Year.class, () -> new JsonSchema().typesItem("integer").format("int32"));
		scalars.put(YearMonth.class, () -> string("A year and month, such as 2026-11"));
		scalars.put(MonthDay.class, () -> string("A month and day, such as --11-26"));
		scalars.put(OffsetTime.class, () -> string("A time with offset, such as 10:15:30+01:00"));
		scalars.put(ZoneId.class, () -> string("A time-zone id, such as Europe/Paris or +02:00"));
		scalars.put(TimeZone.class, () -> string("A time-zone id, such as Europe/Paris"));
		scalars.put(Locale.class, () -> string("A BCP 47 language tag, such as fr-CA"));
		scalars.put(Currency.class, () -> string("An ISO 4217 currency code, such as EUR"));
		scalars.put(Charset.class, () -> string("A charset name, such as UTF-8"));
		scalars.put(Pattern.class, () -> string("A regular expression"));
		scalars.put(Path.class, () -> string("A file URI").format("uri"));
		scalars.put(File.class, () -> string("A file path"));
		scalars.put(URL.class, () -> string(null).format("uri"));
		scalars.put(InetAddress.class, () -> string("An IP address"));
		scalars.put(CharSequence.class, () -> string(null));
		scalars.put(JsonNode.class, JsonSchema::new); // any JSON value
		return scalars;
	}

	private static Schema<?> string(@Nullable String description) {
		return new JsonSchema().typesItem("string").description(description);
	}

	@Override
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		JavaType javaType = this.mapper.constructType(type.getType());
		for (Map.Entry<Class<?>, Supplier<Schema<?>>> scalar : SCALARS.entrySet()) {
			if (scalar.getKey().isAssignableFrom(javaType.getRawClass()) && javaType.getRawClass() != String.class) {
				return scalar.getValue().get();
			}
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}

	@Override
	public boolean isOpenapi31() {
		return true;
	}

}
