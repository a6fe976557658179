package io.rpcboot.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.rpcboot.it.server.ShopService;
import tools.jackson.databind.JsonNode;

import static io.rpcboot.it.WireClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The error side of the wire protocol: every row of the error table that a server answers, and deadlines. */
@ExtendWith(OutputCaptureExtension.class)
class WireErrorTests {

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
	void declaredExceptionTravelsByName() {
		JsonNode problem = problem(wire.post("/rpc/Shop/order", "[\"apple\", 11]"), 422, "failed_precondition");
		assertThat(problem.get("exception").stringValue()).isEqualTo("io.rpcboot.it.api.OutOfStockException");
		assertThat(problem.get("detail").stringValue()).isEqualTo("only 10 of apple left");
	}

	@Test
	void illegalArgumentIsInvalidArgument() {
		JsonNode problem = problem(wire.post("/rpc/Shop/fail", "[\"argument\"]"), 400, "invalid_argument");
		assertThat(problem.get("detail").stringValue()).isEqualTo("Shop.fail: kind must be polite");
		assertThat(problem.has("exception")).isFalse();
	}

	@Test
	void failedBeanValidationIsInvalidArgument() {
		assertThat(wire.post("/rpc/Stock/reserve", "[2]").body()).isEqualTo("2");
		JsonNode problem = problem(wire.post("/rpc/Stock/reserve", "[0]"), 400, "invalid_argument");
		assertThat(problem.get("detail").stringValue()).startsWith("Stock.reserve: ");
	}

	@Test
	void undeclaredExceptionIsInternalWithAnErrorIdTheServerLogs(CapturedOutput output) {
		HttpResponse<String> response = wire.post("/rpc/Shop/fail", "[\"state\"]");
		JsonNode problem = problem(response, 500, "internal");
		assertThat(response.body()).doesNotContain("secret internal state").doesNotContain("IllegalStateException");
		assertThat(problem.has("exception")).isFalse();
		Matcher errorId = Pattern.compile("error id ([0-9a-f-]{36})").matcher(problem.get("detail").stringValue());
		assertThat(errorId.find()).isTrue();
		assertThat(output.getOut() + output.getErr()).contains("[error id " + errorId.group(1) + "]")
			.contains("java.lang.IllegalStateException: secret internal state")
			.contains("at io.rpcboot.it.server.ShopService.fail");
	}

	@ParameterizedTest
	@ValueSource(strings = { "5000", "0005000", "30000", "9999999999" })
	void validTimeoutHeadersAreAccepted(String value) {
		assertThat(wire.post("/rpc/Shop/add", "[1, 2]", "Rpc-Timeout-Ms", value).body()).isEqualTo("3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "1.5", "10ms", " 5x", "+5", "12345678901", "5 5", "0x10", "" })
	void malformedTimeoutHeadersAreInvalid(String value) {
		int before = calls();
		JsonNode problem = problem(wire.post("/rpc/Shop/add", "[1, 2]", "Rpc-Timeout-Ms", value), 400,
				"invalid_argument");
		assertThat(problem.get("detail").stringValue()).contains("Rpc-Timeout-Ms");
		assertThat(calls()).isEqualTo(before);
	}

	@Test
	void repeatedTimeoutHeaderIsInvalid() throws IOException {
		int before = calls();
		String answer = wire.raw("POST /rpc/Shop/add HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Rpc-Timeout-Ms: 5\r\nRpc-Timeout-Ms: 5000\r\nContent-Length: 6\r\nConnection: close\r\n\r\n[1, 2]");
		assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":\"invalid_argument\"").contains("'5, 5000'");
		assertThat(calls()).isEqualTo(before);
	}

	@Test
	void callWithNoTimeLeftIsNotExecuted() {
		int before = calls();
		problem(wire.post("/rpc/Shop/add", "[1, 2]", "Rpc-Timeout-Ms", "0"), 504, "deadline_exceeded");
		problem(wire.post("/rpc/Shop/add", "[1, 2]", "Rpc-Timeout-Ms", "000"), 504, "deadline_exceeded");
		assertThat(calls()).isEqualTo(before);
	}

	@Test
	void callPastItsDeadlineIsAnsweredAtOnceAndInterrupted() throws InterruptedException {
		wire.assertSleepEndsAtItsDeadlineAndIsInterrupted();
	}

	@Test
	void interruptedRequestThreadsServeTheNextCallsCleanly() {
		List<Integer> expired = IntStream.range(0, 64)
			.parallel()
			.mapToObj((i) -> wire.post("/rpc/Shop/sleep", "[400]", "Rpc-Timeout-Ms", "20").statusCode())
			.toList();
		assertThat(expired).containsOnly(504);
		List<String> after = IntStream.range(0, 64)
			.parallel()
			.mapToObj((i) -> wire.post("/rpc/Shop/sleep", "[5]", "Rpc-Timeout-Ms", "5000").body())
			.toList();
		assertThat(after).as("no interrupt leaked into a later call on the same thread").containsOnly("\"slept 5\"");
	}

	@Test
	void uncooperativeCallIsStillAnsweredAtItsDeadline() {
		long start = System.nanoTime();
		problem(wire.post("/rpc/Shop/stubborn", "[3000]", "Rpc-Timeout-Ms", "200"), 504, "deadline_exceeded");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("did not wait for the method")
			.isLessThan(2000);
	}

	@Test
	void asynchronousCallPastItsDeadlineIsAnswered504() {
		problem(wire.post("/rpc/Shop/later", "[\"x\", 5000]", "Rpc-Timeout-Ms", "100"), 504, "deadline_exceeded");
	}

	@Test
	void callWithinItsDeadlineAnswersNormally() {
		assertThat(wire.post("/rpc/Shop/sleep", "[10]", "Rpc-Timeout-Ms", "5000").body()).isEqualTo("\"slept 10\"");
		assertThat(wire.post("/rpc/Shop/later", "[\"x\", 10]", "Rpc-Timeout-Ms", "5000").body()).isEqualTo("\"X\"");
	}

	@Test
	void catalogIsOffByDefault() {
		problem(wire.send("GET", "/rpc"), 404, "unimplemented");
	}

	private static int calls() {
		return Integer.parseInt(wire.post("/rpc/Shop/calls", "[]").body());
	}

}
