package io.rpcboot.it;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import static io.rpcboot.it.WireClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The request side of the wire protocol, spoken by a plain HTTP client: targets, arguments, content types. */
class WireRequestTests {

	static RoundTrip roundTrip;

	static WireClient wire;

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip();
		wire = new WireClient(roundTrip);
	}

	@AfterAll
	static void stop() {
		roundTrip.close();
	}

	@Test
	void positionalAndNamedArguments() {
		assertAnswer(wire.post("/rpc/Shop/add", "[2, 3]"), "5");
		assertAnswer(wire.post("/rpc/Shop/add", "{\"b\": 3, \"a\": 2}"), "5");
	}

	@Test
	void overloadsArePickedByArity() {
		assertAnswer(wire.post("/rpc/Shop/greet", "[\"Ada\"]"), "\"Hello, Ada\"");
		assertAnswer(wire.post("/rpc/Shop/greet", "[\"Hi\", \"Ada\"]"), "\"Hi, Ada\"");
		assertAnswer(wire.post("/rpc/Shop/greet", "{\"greeting\": \"Hi\", \"name\": \"Ada\"}"), "\"Hi, Ada\"");
		assertAnswer(wire.post("/rpc/Shop/greetTitled", "[\"Hi\", \"Dr.\", \"Ada\"]"), "\"Hi, Dr. Ada\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "{}", "", "  " })
	void noArgumentMethodTakesEmptyArrayObjectOrBody(String body) {
		assertThat(wire.post("/rpc/Shop/calls", body).statusCode()).isEqualTo(200);
	}

	@Test
	void absentNamedParameterIsNullOrEmpty() {
		assertAnswer(wire.post("/rpc/Shop/maybe", "{}"), "\"empty\"");
		assertAnswer(wire.post("/rpc/Shop/maybe", "[null]"), "\"empty\"");
		assertAnswer(wire.post("/rpc/Shop/maybe", "{\"value\": \"x\"}"), "\"x\"");
		HttpResponse<String> greet = wire.post("/rpc/Shop/greet", "{\"name\": \"Ada\"}");
		assertAnswer(greet, "\"Hello, Ada\"");
	}

	@Test
	void absentPrimitiveIsInvalid() {
		JsonNode problem = problem(wire.post("/rpc/Shop/order", "{\"sku\": \"a\"}"), 400, "invalid_argument");
		assertThat(problem.get("detail").stringValue()).contains("Shop.order").contains("argument 1 (quantity)");
	}

	@Test
	void duplicateOrUnknownKeyIsInvalid() {
		assertThat(detail(problem(wire.post("/rpc/Shop/add", "{\"a\": 1, \"a\": 2}"), 400, "invalid_argument")))
			.contains("'a' is given twice");
		assertThat(detail(problem(wire.post("/rpc/Shop/add", "{\"a\": 1, \"B\": 2}"), 400, "invalid_argument")))
			.contains("unknown parameter").contains("B");
	}

	@Test
	void wrongArityIsInvalid() {
		assertThat(detail(problem(wire.post("/rpc/Shop/add", "[1, 2, 3]"), 400, "invalid_argument")))
			.contains("Shop.add").contains("got 3");
	}

	@Test
	void valueThatDoesNotConvertNamesMethodAndArgument() {
		JsonNode problem = problem(wire.post("/rpc/Shop/add", "[1, \"x\"]"), 400, "invalid_argument");
		assertThat(detail(problem)).isEqualTo("Shop.add: argument 1 (b): cannot convert \"x\" to int");
		assertThat(detail(problem(wire.post("/rpc/Shop/add", "{\"a\": null, \"b\": 1}"), 400, "invalid_argument")))
			.contains("argument 0 (a)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[2.5, 1]", "[2.0, 1]", "[1e2, 1]" })
	void fractionIsNoInt(String body) {
		assertThat(detail(problem(wire.post("/rpc/Shop/add", body), 400, "invalid_argument")))
			.startsWith("Shop.add: argument 0 (a): ");
	}

	@Test
	void malformedJsonIsDescribedWithoutParserInternals() {
		assertThat(detail(problem(wire.post("/rpc/Shop/add", "[1, 2"), 400, "invalid_argument")))
			.isEqualTo("Shop.add: malformed JSON: Unexpected end-of-input: expected close marker for Array");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1, 2", "nonsense", "\"a string\"", "[1, 2] [3]", "{\"a\": }" })
	void malformedJsonIsInvalid(String body) {
		problem(wire.post("/rpc/Shop/add", body), 400, "invalid_argument");
	}

	@Test
	void inputPastParserLimitsIsInvalid() {
		String deep = "[".repeat(2000) + "]".repeat(2000);
		assertThat(detail(problem(wire.post("/rpc/Shop/typeOf", "[" + deep + "]"), 400, "invalid_argument")))
			.contains("nesting depth");
		problem(wire.post("/rpc/Shop/typeOf", "[" + "9".repeat(2000) + "]"), 400, "invalid_argument");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "application/json; charset=UTF-8", "application/vnd.shop+json",
			"application/problem+json;charset=utf-8" })
	void jsonContentTypesAreAccepted(String contentType) {
		assertAnswer(wire.post("/rpc/Shop/add", "[1, 1]", "Content-Type", contentType), "2");
	}

	@Test
	void missingOrEmptyContentTypeIs415AndRunsNothing() throws IOException {
		int before = calls();
		String body = "[20, 22]";
		String answer = wire.raw("POST /rpc/Shop/add HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body);
		assertThat(answer).startsWith("HTTP/1.1 415").contains("Content-Type: application/problem+json")
			.contains("\"code\":\"invalid_argument\"").contains("no Content-Type");
		answer = wire.raw("POST /rpc/Shop/add HTTP/1.1\r\nHost: localhost\r\nContent-Type: \r\nContent-Length: "
				+ body.length() + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(answer).as("an empty Content-Type is none").startsWith("HTTP/1.1 415")
			.contains("\"code\":\"invalid_argument\"");
		assertThat(calls()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
			"application/xml", "not a type", "\"a\"/json" })
	void otherContentTypesAre415(String contentType) {
		int before = calls();
		problem(wire.post("/rpc/Shop/add", "[1, 1]", "Content-Type", contentType), 415, "invalid_argument");
		assertThat(calls()).isEqualTo(before);
	}

	@Test
	void voidAnswers204WithoutBody() {
		HttpResponse<String> response = wire.post("/rpc/Shop/record", "[\"wire\"]");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void nullResultIsJsonNull() {
		assertAnswer(wire.post("/rpc/Shop/nothing", "[]"), "null");
	}

	@Test
	void completableFutureAnswersItsValueOrItsError() {
		assertAnswer(wire.post("/rpc/Shop/later", "[\"soon\", 50]"), "\"SOON\"");
		assertThat(detail(problem(wire.post("/rpc/Shop/laterFailing", "[\"bad\"]"), 400, "invalid_argument")))
			.contains("bad");
	}

	@Test
	void unknownTargetIs404WithoutReadingTheBody() {
		assertThat(detail(problem(wire.post("/rpc/Nope/add", "{{{ not json"), 404, "unimplemented")))
			.contains("Nope");
		assertThat(detail(problem(wire.post("/rpc/Shop/nope", "{{{ not json"), 404, "unimplemented")))
			.contains("Shop").contains("nope");
	}

	@Test
	void objectMethodsAndOtherPublicMethodsAreNotExported() {
		problem(wire.post("/rpc/Shop/toString", "[]"), 404, "unimplemented");
		problem(wire.post("/rpc/Shop/hashCode", "[]"), 404, "unimplemented");
		problem(wire.post("/rpc/Shop/getClass", "[]"), 404, "unimplemented");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/rpc/Shop/add/extra", "/rpc//add", "/rpc/Shop/", "/rpc/Shop", "/rpc/Shop/add;x=1",
			"/rpc/Shop;x=1/add", "/rpc/Sh%6Fp/add", "/rpc/Shop/a%64d", "/rpc/Shop/add%2F", "/rpc/Shop/./add",
			"/rpc/x/../Shop/add" })
	void oddPathsNameNoTargetAndRunNothing(String path) throws IOException {
		int before = calls();
		String answer = wire.raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 6\r\nConnection: close\r\n\r\n[1, 2]");
		assertThat(answer).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
		if (answer.contains("application/problem+json")) {
			assertThat(answer).startsWith("HTTP/1.1 404").contains("\"code\":\"unimplemented\"");
		}
		assertThat(calls()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH" })
	void otherVerbsAre405(String method) {
		HttpResponse<String> response = wire.send(method, "/rpc/Shop/add");
		problem(response, 405, "unimplemented");
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void polymorphicTypeIdsAreNeverRead() {
		assertAnswer(wire.post("/rpc/Shop/typeOf", "[{\"@class\": \"java.lang.Thread\", \"name\": \"x\"}]"),
				"\"java.util.LinkedHashMap\"");
		assertAnswer(wire.post("/rpc/Shop/typeOf", "[[\"java.util.concurrent.atomic.AtomicLong\", 5]]"),
				"\"java.util.ArrayList\"");
		assertAnswer(wire.post("/rpc/Shop/typesIn", "[{\"a\": {\"@type\": \"java.io.File\", \"path\": \"/\"}}]"),
				"[\"java.util.LinkedHashMap\"]");
	}

	@Test
	void genericParameterTypesBindElementByElement() {
		assertAnswer(wire.post("/rpc/Shop/count", "[[1, 2, 3]]"), "3");
		assertThat(detail(problem(wire.post("/rpc/Shop/count", "[[1, \"x\"]]"), 400, "invalid_argument")))
			.contains("argument 0 (values)");
	}

	private static int calls() {
		return Integer.parseInt(wire.post("/rpc/Shop/calls", "[]").body());
	}

	private static String detail(JsonNode problem) {
		return problem.get("detail").stringValue();
	}

	private static void assertAnswer(HttpResponse<String> response, String json) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo(json);
	}

}
