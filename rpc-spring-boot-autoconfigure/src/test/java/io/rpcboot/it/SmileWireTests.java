package io.rpcboot.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.rpcboot.it.numbers.ExactValues;
import io.rpcboot.it.numbers.api.Numbers;
import io.rpcboot.it.numbers.api.Numbers.Amounts;
import io.rpcboot.it.numbers.client.NumbersClientApp;
import io.rpcboot.it.numbers.client.NumbersWay;
import io.rpcboot.it.numbers.server.NumbersServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.smile.SmileMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smile between rpcboot peers, beside JSON on the same server: every number exact over both
 * encodings through the client proxy (blocking calls and futures), and on the wire the negotiation, the limits and the
 * errors (problems stay JSON) of a Smile request.
 */
class SmileWireTests {

	private static final String SMILE = "application/x-jackson-smile";

	private static final String JSON_ANSWERS = "application/json, application/problem+json";

	private static final SmileMapper smile = SmileMapper.builder().build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The Content-Type and Accept of each call the server got. */
	private static final List<String> exchanges = new CopyOnWriteArrayList<>();

	private static ConfigurableApplicationContext server;

	private static final Map<String, ConfigurableApplicationContext> clients = new LinkedHashMap<>();

	private static String baseUrl;

	@BeforeAll
	static void start() {
		server = new SpringApplicationBuilder(NumbersServer.class).sources(ExchangeLog.class)
			.web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"rpc.server.max-request-size=64KB")
			.run();
		baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
		for (String encoding : List.of("json", "smile")) {
			clients.put(encoding, new SpringApplicationBuilder(NumbersClientApp.class).web(WebApplicationType.NONE)
				.properties("spring.main.banner-mode=off", "rpc.client.services.Numbers.url=" + baseUrl,
						"rpc.client.encoding=" + encoding)
				.run());
		}
	}

	@AfterAll
	static void stop() {
		clients.values().forEach(SpringApplication::exit);
		SpringApplication.exit(server);
	}

	/** Each encoding, blocking and through futures (fewer: the same codec, another transport). */
	static Stream<Arguments> amountsInEachEncoding() {
		return Stream.of("json", "smile")
			.flatMap((encoding) -> Stream.of(NumbersWay.values())
				.flatMap((way) -> ExactValues.amounts((way == NumbersWay.BLOCKING) ? 60 : 20)
					.map((amounts) -> Arguments.of(encoding, way, amounts))));
	}

	@ParameterizedTest(name = "{0}, {1}: {2}")
	@MethodSource("amountsInEachEncoding")
	void everyNumberIsExactInEachEncoding(String encoding, NumbersWay way, Amounts sent) {
		exchanges.clear();
		Numbers numbers = way.numbers(clients.get(encoding));
		Amounts other = new Amounts(sent.decimal().negate(), sent.integer().negate(), ~sent.wide(), -sent.real(),
				-sent.single());
		assertThat(numbers.decimal(sent.decimal())).isEqualTo(sent.decimal());
		assertThat(numbers.integer(sent.integer())).isEqualTo(sent.integer());
		assertThat(numbers.wide(sent.wide())).isEqualTo(sent.wide());
		assertThat(Double.doubleToLongBits(numbers.real(sent.real())))
			.isEqualTo(Double.doubleToLongBits(sent.real()));
		assertThat(Float.floatToIntBits(numbers.single(sent.single())))
			.isEqualTo(Float.floatToIntBits(sent.single()));
		assertThat(numbers.spread(sent.decimal(), sent.integer(), sent.wide(), sent.real(), sent.single()))
			.isEqualTo(sent);
		assertThat(numbers.list(List.of(sent, other))).containsExactly(sent, other);
		assertThat(numbers.map(Map.of("k", sent))).containsExactly(Map.entry("k", sent));
		assertThat(numbers.optional(Optional.of(sent))).contains(sent);
		assertThat(numbers.optional(Optional.empty())).isEmpty();
		String headers = encoding.equals("smile") ? SMILE + "; " + SMILE + ", " + JSON_ANSWERS
				: "application/json; " + JSON_ANSWERS;
		assertThat(exchanges).as("requests in %s, which is accepted first", encoding).hasSize(10).containsOnly(headers);
	}

	@Test
	void smileRequestIsAnsweredInSmileWithEveryDigit() throws IOException {
		HttpResponse<byte[]> response = post("decimal", SMILE, SMILE, smile.writeValueAsBytes(List.of(new BigDecimal("2.50"))));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(SMILE);
		assertThat(smile.readValue(response.body(), BigDecimal.class)).isEqualTo(new BigDecimal("2.50"));
		BigInteger huge = new BigInteger("-" + "9".repeat(400));
		HttpResponse<byte[]> named = post("integer", SMILE, SMILE, smile.writeValueAsBytes(Map.of("value", huge)));
		assertThat(smile.readValue(named.body(), BigInteger.class)).isEqualTo(huge);
	}

	@Test
	void jsonRequestNeverGetsSmileUnlessItNamesIt() throws IOException {
		byte[] body = "[2.50]".getBytes(StandardCharsets.UTF_8);
		for (String accept : new String[] { null, "*/*", "application/json", "application/*",
				"application/json, " + SMILE, SMILE + ";q=0.5, application/json", SMILE + ";q=0" }) {
			HttpResponse<byte[]> response = post("decimal", "application/json", accept, body);
			assertThat(response.headers().firstValue("Content-Type")).as("Accept: %s", accept)
				.hasValue("application/json");
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("2.50");
		}
		HttpResponse<byte[]> asked = post("decimal", "application/json", SMILE + ", application/json", body);
		assertThat(asked.headers().firstValue("Content-Type")).hasValue(SMILE);
		assertThat(smile.readValue(asked.body(), BigDecimal.class)).isEqualTo(new BigDecimal("2.50"));
	}

	@Test
	void failuresOfASmileCallAreJsonProblems() throws IOException {
		assertProblem(post("count", SMILE, SMILE, smile.writeValueAsBytes(List.of(new BigDecimal("2.5")))), 400,
				"invalid_argument");
		assertProblem(post("count", SMILE, SMILE, smile.writeValueAsBytes(List.of(1, 2))), 400, "invalid_argument");
		assertProblem(post("nothing", SMILE, SMILE, smile.writeValueAsBytes(List.of())), 404, "unimplemented");
	}

	@Test
	void malformedSmileIsInvalidArgument() throws IOException {
		byte[] valid = smile.writeValueAsBytes(List.of(new BigDecimal("2.50")));
		byte[] cut = java.util.Arrays.copyOf(valid, valid.length - 2);
		JsonNode problem = assertProblem(post("decimal", SMILE, SMILE, cut), 400, "invalid_argument");
		assertThat(problem.get("detail").stringValue()).startsWith("Numbers.decimal: malformed smile");
		assertProblem(post("decimal", SMILE, SMILE, "[2.50]".getBytes(StandardCharsets.UTF_8)), 400,
				"invalid_argument");
	}

	@Test
	void smileNestedPastTheParsersLimitIsInvalidArgument() throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		SmileMapper deep = SmileMapper.builder(tools.jackson.dataformat.smile.SmileFactory.builder()
			.streamWriteConstraints(tools.jackson.core.StreamWriteConstraints.builder().maxNestingDepth(2_000).build())
			.build()).build();
		try (tools.jackson.core.JsonGenerator generator = deep.createGenerator(out)) {
			generator.writeStartArray(); // the arguments
			for (int i = 0; i < 600; i++) {
				generator.writeStartArray();
			}
			for (int i = 0; i < 600; i++) {
				generator.writeEndArray();
			}
			generator.writeEndArray();
		}
		JsonNode problem = assertProblem(post("list", SMILE, SMILE, out.toByteArray()), 400, "invalid_argument");
		assertThat(problem.get("detail").stringValue()).contains("nesting depth");
	}

	@Test
	void smileBodyOverTheLimitIs413() throws IOException {
		byte[] big = smile.writeValueAsBytes(List.of("x".repeat(100_000)));
		assertProblem(post("count", SMILE, SMILE, big), 413, "resource_exhausted");
	}

	/** Notes the Content-Type and Accept of each call the server gets. */
	@Configuration(proxyBeanMethods = false)
	static class ExchangeLog {

		@Bean
		FilterRegistrationBean<Filter> exchangeLog() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				exchanges.add(request.getContentType() + "; " + ((HttpServletRequest) request).getHeader("Accept"));
				chain.doFilter(request, response);
			});
			registration.addUrlPatterns("/rpc/*");
			return registration;
		}

	}

	private static JsonNode assertProblem(HttpResponse<byte[]> response, int status, String code) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("code").stringValue()).isEqualTo(code);
		return problem;
	}

	private static HttpResponse<byte[]> post(String method, String contentType, String accept, byte[] body)
			throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/rpc/Numbers/" + method))
			.header("Content-Type", contentType)
			.POST(BodyPublishers.ofByteArray(body));
		if (accept != null) {
			request.header("Accept", accept);
		}
		try {
			return http.send(request.build(), BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
