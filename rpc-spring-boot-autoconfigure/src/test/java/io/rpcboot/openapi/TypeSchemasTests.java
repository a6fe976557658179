package io.rpcboot.openapi;

import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.rpcboot.openapi.app.Catalogue.Line;
import io.rpcboot.openapi.app.Catalogue.Money;
import io.rpcboot.openapi.app.Catalogue.Status;
import io.rpcboot.protocol.RpcJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each type's schema accepts what the RPC mapper (Jackson 3 as Boot configures it) writes
 * for a value of that type: the schemas describe the wire, not Jackson 2's defaults.
 */
class TypeSchemasTests {

	private final RpcJson json = new RpcJson(JsonMapper.builder().build());

	private final TypeSchemas schemas = new TypeSchemas(this.json.mapper());

	private final List<String> checked = new ArrayList<>();

	private final List<String> mismatches = new ArrayList<>();

	@Test
	void schemasAcceptWhatTheRpcMapperWrites() throws Exception {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", 1);
		values.put("tags", List.of("a", true));
		check(new TypeReference<Map<String, Object>>() { }, values);
		check(new TypeReference<List<Object>>() { }, List.of(1, "two", Map.of("three", 3)));
		check(new TypeReference<Object>() { }, List.of(1));
		check(new TypeReference<byte[]>() { }, new byte[] { 1, 2, 3 });
		check(new TypeReference<char[]>() { }, new char[] { 'a', 'b' });
		check(new TypeReference<Character>() { }, 'x');
		check(new TypeReference<Integer>() { }, 7);
		check(new TypeReference<Short>() { }, (short) 7);
		check(new TypeReference<Float>() { }, 1.5f);
		check(new TypeReference<BigInteger>() { }, new BigInteger("123456789012345678901234567890"));
		check(new TypeReference<BigDecimal>() { }, new BigDecimal("1E+3"));
		check(new TypeReference<BigDecimal>() { }, new BigDecimal("0.10"));
		check(new TypeReference<Instant>() { }, Instant.parse("2026-11-26T10:15:30.123Z"));
		check(new TypeReference<Date>() { }, Date.from(Instant.parse("2026-11-26T10:15:30Z")));
		check(new TypeReference<LocalDate>() { }, LocalDate.of(2026, 11, 26));
		check(new TypeReference<LocalDateTime>() { }, LocalDateTime.of(2026, 11, 26, 10, 15, 30));
		check(new TypeReference<LocalTime>() { }, LocalTime.of(10, 15, 30));
		check(new TypeReference<OffsetDateTime>() { }, OffsetDateTime.of(2026, 11, 26, 10, 15, 30, 0, ZoneOffset.ofHours(2)));
		check(new TypeReference<ZonedDateTime>() { }, ZonedDateTime.of(2026, 11, 26, 10, 15, 30, 0, ZoneOffset.UTC));
		check(new TypeReference<Duration>() { }, Duration.ofMillis(1500));
		check(new TypeReference<Period>() { }, Period.ofDays(3));
		check(new TypeReference<Duration>() { }, Duration.ofSeconds(-90));
		check(new TypeReference<Year>() { }, Year.of(2026));
		check(new TypeReference<YearMonth>() { }, YearMonth.of(2026, 11));
		check(new TypeReference<MonthDay>() { }, MonthDay.of(11, 26));
		check(new TypeReference<OffsetTime>() { }, OffsetTime.of(10, 15, 30, 0, ZoneOffset.UTC));
		check(new TypeReference<ZoneId>() { }, ZoneId.of("Europe/Paris"));
		check(new TypeReference<ZoneOffset>() { }, ZoneOffset.ofHours(2));
		check(new TypeReference<TimeZone>() { }, TimeZone.getTimeZone("UTC"));
		check(new TypeReference<Calendar>() { }, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
		check(new TypeReference<Charset>() { }, StandardCharsets.UTF_8);
		check(new TypeReference<Pattern>() { }, Pattern.compile("a+"));
		check(new TypeReference<java.nio.file.Path>() { }, java.nio.file.Path.of("/tmp/x"));
		check(new TypeReference<File>() { }, new File("/tmp/y"));
		check(new TypeReference<URL>() { }, URI.create("http://x/y").toURL());
		check(new TypeReference<InetAddress>() { }, InetAddress.getByName("127.0.0.1"));
		check(new TypeReference<StringBuilder>() { }, new StringBuilder("sb"));
		check(new TypeReference<UUID>() { }, UUID.randomUUID());
		check(new TypeReference<URI>() { }, URI.create("https://example.com/a?b=c"));
		check(new TypeReference<Locale>() { }, Locale.CANADA_FRENCH);
		check(new TypeReference<Currency>() { }, Currency.getInstance("EUR"));
		check(new TypeReference<Status>() { }, Status.SHIPPED);
		check(new TypeReference<Set<Status>>() { }, Set.of(Status.OPEN));
		check(new TypeReference<Map<Status, Money>>() { }, Map.of(Status.OPEN, new Money(BigDecimal.TEN, "EUR")));
		check(new TypeReference<List<Line>>() { }, List.of(new Line("b-1", 2, new Money(new BigDecimal("6.25"), "EUR"))));
		check(new TypeReference<Optional<Line>>() { }, Optional.empty());
		check(new TypeReference<Optional<List<Line>>>() { }, Optional.of(List.of()));
		check(new TypeReference<OptionalInt>() { }, OptionalInt.empty());
		check(new TypeReference<OptionalLong>() { }, OptionalLong.of(5));
		check(new TypeReference<Page<Line>>() { }, new Page<>(List.of(new Line("b-2", 1, new Money(BigDecimal.ONE, "EUR"))), Optional.empty(), 1));
		check(new TypeReference<Tagged>() { }, new Tagged("t", null, null));
		check(new TypeReference<Raw>() { }, new Raw(this.json.mapper().readTree("{\"a\": [1, \"b\"]}"), "x"));
		check(new TypeReference<Nested>() { }, new Nested(Map.of("x", List.of(Optional.of(new Money(BigDecimal.ONE, "EUR")))),
				new int[] { 1 }, Optional.of(Status.OPEN)));
		assertThat(this.mismatches).isEmpty();
		assertThat(this.checked).hasSize(53);
	}

	record Page<T>(List<T> items, Optional<String> next, int total) {
	}

	record Raw(JsonNode tree, Object anything) {
	}

	record Tagged(String name, @Nullable Money price, @Nullable List<String> tags) {
	}

	record Nested(Map<String, List<Optional<Money>>> money, int[] counts, Optional<Status> status) {
	}

	private void check(TypeReference<?> reference, Object value) throws Exception {
		JavaType type = this.json.mapper().getTypeFactory().constructType(reference);
		Schema<?> schema = this.schemas.schema(type);
		OpenAPI document = new OpenAPI().openapi("3.1.0").paths(new Paths())
			.components(new Components().schemas(new LinkedHashMap<>(this.schemas.components())).addSchemas("Checked", schema));
		String written = this.json.mapper().writeValueAsString(value);
		WireSchemas wire = new WireSchemas(Json31.mapper().writeValueAsString(document));
		Set<?> problems = wire.validate("/components/schemas/Checked", written);
		if (!problems.isEmpty()) {
			this.mismatches.add(type.toCanonical() + " written as " + written + ", schema "
					+ Json31.mapper().writeValueAsString(schema) + ": " + problems);
		}
		this.checked.add(type.toCanonical());
	}

}
