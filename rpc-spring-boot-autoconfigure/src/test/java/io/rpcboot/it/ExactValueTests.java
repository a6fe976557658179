package io.rpcboot.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.it.numbers.ExactValues;
import io.rpcboot.it.numbers.api.Numbers.Amounts;
import io.rpcboot.it.numbers.api.Numbers.Counted;
import io.rpcboot.it.numbers.client.NumbersClient;
import io.rpcboot.it.numbers.client.NumbersClientApp;
import io.rpcboot.it.numbers.server.NumbersServer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number arrives exactly as sent, as argument and as result: properties over generated
 * values (see {@link ExactValues}), through a real server, the client proxy (positional) and a
 * plain HTTP client (named). Equality is exact: a {@code BigDecimal} by value and scale, a
 * {@code double} or {@code float} by its bits, so {@code -0.0} is not {@code 0.0} (every NaN
 * is one NaN: JSON carries no payload bits).
 */
class ExactValueTests {

	/** Tries of the cheapest property; the others, several calls a try, take fewer. */
	private static final int TRIES = 200;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static ConfigurableApplicationContext server;

	private static ConfigurableApplicationContext client;

	private static NumbersClient numbers;

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static String baseUrl;

	@BeforeAll
	static void start() {
		server = new SpringApplicationBuilder(NumbersServer.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
			.run();
		baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
		client = new SpringApplicationBuilder(NumbersClientApp.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "rpc.client.services.Numbers.url=" + baseUrl)
			.run();
		numbers = client.getBean(NumbersClient.class);
	}

	@AfterAll
	static void stop() {
		SpringApplication.exit(client);
		SpringApplication.exit(server);
	}

	static Stream<Amounts> amounts() {
		return ExactValues.amounts(TRIES);
	}

	static Stream<Amounts> fewerAmounts() {
		return ExactValues.amounts(TRIES / 2);
	}

	static Stream<BigDecimal> fractions() {
		return ExactValues.fractions(TRIES / 4);
	}

	@ParameterizedTest
	@MethodSource("amounts")
	void eachKindIsExactAsATopLevelParameterAndResult(Amounts sent) {
		assertThat(numbers.decimal(sent.decimal())).isEqualTo(sent.decimal());
		assertThat(numbers.integer(sent.integer())).isEqualTo(sent.integer());
		assertThat(numbers.wide(sent.wide())).isEqualTo(sent.wide());
		assertThat(Double.doubleToLongBits(numbers.real(sent.real()))).as("%s", sent.real())
			.isEqualTo(Double.doubleToLongBits(sent.real()));
		assertThat(Float.floatToIntBits(numbers.single(sent.single()))).as("%s", sent.single())
			.isEqualTo(Float.floatToIntBits(sent.single()));
		assertThat(numbers.spread(sent.decimal(), sent.integer(), sent.wide(), sent.real(), sent.single()))
			.isEqualTo(sent);
	}

	@ParameterizedTest
	@MethodSource("fewerAmounts")
	void eachKindIsExactInARecordAListAMapAndAnOptional(Amounts sent) {
		Amounts other = new Amounts(sent.decimal().negate(), sent.integer().negate(), ~sent.wide(), -sent.real(),
				-sent.single());
		Map<String, Amounts> byName = new LinkedHashMap<>();
		byName.put("sent", sent);
		byName.put("other", other);
		assertThat(numbers.record(sent)).isEqualTo(sent);
		assertThat(numbers.list(List.of(sent, other))).containsExactly(sent, other);
		assertThat(numbers.map(byName)).containsExactlyEntriesOf(byName);
		assertThat(numbers.optional(Optional.of(sent))).contains(sent);
		assertThat(numbers.optional(Optional.empty())).isEmpty();
		assertThat(numbers.decimals(List.of(sent.decimal(), other.decimal()))).containsExactly(sent.decimal(),
				other.decimal());
		assertThat(numbers.decimalsByName(Map.of("d", sent.decimal()))).containsExactly(Map.entry("d", sent.decimal()));
		assertThat(numbers.maybeDecimal(Optional.of(sent.decimal()))).contains(sent.decimal());
	}

	@ParameterizedTest
	@MethodSource("fewerAmounts")
	void eachKindIsExactAsANamedArgument(Amounts sent) {
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("single", sent.single());
		arguments.put("wide", sent.wide());
		arguments.put("decimal", sent.decimal());
		arguments.put("real", sent.real());
		arguments.put("integer", sent.integer());
		assertThat(call("spread", arguments, Amounts.class)).isEqualTo(sent);
		assertThat(call("record", Map.of("value", sent), Amounts.class)).isEqualTo(sent);
		assertThat(call("list", Map.of("values", List.of(sent)), new TypeReference<List<Amounts>>() {
		})).containsExactly(sent);
		assertThat(call("map", Map.of("values", Map.of("k", sent)), new TypeReference<Map<String, Amounts>>() {
		})).containsExactly(Map.entry("k", sent));
		assertThat(call("optional", Map.of("value", sent), Amounts.class)).isEqualTo(sent);
		assertThat(call("decimal", Map.of("value", sent.decimal()), BigDecimal.class)).isEqualTo(sent.decimal());
		assertThat(call("maybeDecimal", Map.of("value", sent.decimal()), BigDecimal.class))
			.isEqualTo(sent.decimal());
	}

	@ParameterizedTest
	@MethodSource("fractions")
	void fractionForAnIntIsInvalidArgument(BigDecimal fraction) {
		assertInvalidArgument(post("count", "[" + fraction + "]"));
		assertInvalidArgument(post("count", "{\"value\": " + fraction + "}"));
		assertInvalidArgument(post("counted", "[{\"what\": \"x\", \"count\": " + fraction + "}]"));
		assertThat(numbers.counted(new Counted("x", 7))).isEqualTo(new Counted("x", 7));
	}

	@Test
	void answerKeepsTheDigitsAsSent() {
		assertThat(post("decimal", "[2.50]").body()).isEqualTo("2.50");
		assertThat(post("decimal", "{\"value\": 12345678901234567890.123456789}").body())
			.isEqualTo("12345678901234567890.123456789");
		assertThat(post("record", "[{\"decimal\": 1.10, \"integer\": -" + "9".repeat(400)
				+ ", \"wide\": -9223372036854775808, \"real\": -0.0, \"single\": 1.4E-45}]").body())
			.isEqualTo("{\"decimal\":1.10,\"integer\":-" + "9".repeat(400)
					+ ",\"wide\":-9223372036854775808,\"real\":-0.0,\"single\":1.4E-45}");
		assertThat(post("real", "[4.9E-324]").body()).isEqualTo("4.9E-324");
	}

	@Test
	void hugeExponentIsNoIntegerAndStaysADecimal() {
		assertInvalidArgument(post("integer", "[1e999999999]"));
		assertInvalidArgument(post("wide", "[1e999999999]"));
		assertThat(post("decimal", "[1e999999999]").body()).isEqualTo("1E+999999999");
		assertThat(post("decimal", "[-1E-999999999]").body()).isEqualTo("-1E-999999999");
	}

	@Test
	void nanAndInfinitiesTravelAsJacksonsStringsNeverAsBareTokens() {
		assertThat(post("real", "[\"NaN\"]").body()).isEqualTo("\"NaN\"");
		assertThat(post("single", "{\"value\": \"-Infinity\"}").body()).isEqualTo("\"-Infinity\"");
		assertInvalidArgument(post("real", "[NaN]"));
		assertInvalidArgument(post("real", "[Infinity]"));
	}

	private static void assertInvalidArgument(HttpResponse<String> response) {
		WireClient.problem(response, 400, "invalid_argument");
	}

	private static <T> T call(String method, Map<String, ?> arguments, Class<T> resultType) {
		return json.readValue(ok(post(method, json.writeValueAsString(arguments))), resultType);
	}

	private static <T> T call(String method, Map<String, ?> arguments, TypeReference<T> resultType) {
		return json.readValue(ok(post(method, json.writeValueAsString(arguments))), resultType);
	}

	private static String ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static HttpResponse<String> post(String method, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/rpc/Numbers/" + method))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body))
			.build();
		try {
			return http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
