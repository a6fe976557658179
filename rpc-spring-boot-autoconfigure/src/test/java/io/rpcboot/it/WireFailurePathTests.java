package io.rpcboot.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rpcboot.it.hazard.HazardServer;
import io.rpcboot.it.hazard.HazardsService;
import io.rpcboot.it.server.ErrorDispatches;
import tools.jackson.databind.JsonNode;

import static io.rpcboot.it.WireClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Paths that once ended outside the contract: each now ends in a problem, or in silence when the caller is gone. */
class WireFailurePathTests {

	static RoundTrip roundTrip;

	static WireClient wire;

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip(HazardServer.class, "test.count-error-dispatches=true");
		wire = new WireClient(roundTrip);
	}

	@AfterAll
	static void stop() {
		roundTrip.close();
	}

	@Test
	void anErrorWhileWritingTheAnswerIsAnInternalProblem() {
		JsonNode problem = problem(wire.post("/rpc/Hazards/broken", "[]"), 500, "internal");
		assertThat(problem.get("detail").stringValue()).contains("error id");
	}

	@Test
	void aCyclicResultIsAnInternalProblem() {
		problem(wire.post("/rpc/Hazards/cyclic", "[]"), 500, "internal");
	}

	@Test
	void responseStatusUnder400StillAnswersAnErrorCode() {
		problem(wire.post("/rpc/Hazards/cheer", "[]"), 500, "internal");
	}

	@Test
	void objectMethodsRedeclaredByTheInterfaceAreNotExported() {
		problem(wire.post("/rpc/Hazards/toString", "[]"), 404, "unimplemented");
	}

	@Test
	void callWhoseDeadlinePassesWhileItsBodyArrivesDoesNotRun() throws Exception {
		int before = HazardsService.calls.get();
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(ascii("POST /rpc/Hazards/sleep HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Rpc-Timeout-Ms: 100\r\nContent-Length: 3\r\nConnection: close\r\n\r\n["));
			out.flush();
			Thread.sleep(800); // the rest of the body arrives well after the deadline
			out.write(ascii("1]"));
			out.flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(answer).startsWith("HTTP/1.1 504").contains("\"code\":\"deadline_exceeded\"")
				.contains("did not run");
		}
		assertThat(HazardsService.calls.get()).isEqualTo(before);
	}

	@Test
	void brokenChunkedFramingIsAnInvalidArgumentProblem() throws IOException {
		int before = HazardsService.calls.get();
		ErrorDispatches.count.set(0);
		String answer = wire.raw("POST /rpc/Hazards/sleep HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
				+ "zz\r\n[1]\r\n0\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
			.contains("\"code\":\"invalid_argument\"");
		assertThat(ErrorDispatches.count).hasValue(0);
		assertThat(HazardsService.calls.get()).isEqualTo(before);
	}

	@Test
	void callerThatCutsItsUploadLeavesNoErrorDispatchAndRunsNothing() throws Exception {
		int before = HazardsService.calls.get();
		ErrorDispatches.count.set(0);
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(ascii("POST /rpc/Hazards/sleep HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100\r\n\r\n[1"));
			out.flush();
			Thread.sleep(100); // the server reads the body
			socket.shutdownOutput(); // and the upload ends 97 bytes short
			socket.getInputStream().readAllBytes();
		}
		// an error dispatch would follow the failed read within milliseconds; a next call proves the server went on
		assertThat(wire.post("/rpc/Hazards/calls", "[]").statusCode()).isEqualTo(200);
		Thread.sleep(200);
		assertThat(ErrorDispatches.count).hasValue(0);
		assertThat(HazardsService.calls.get()).isEqualTo(before);
	}

	@Test
	void callsOverMaxConcurrentCallsAre503WithRetryAfterAndDoNotRun() throws Exception {
		try (RoundTrip limited = new RoundTrip(HazardServer.class, "rpc.server.max-concurrent-calls=2")) {
			WireClient limitedWire = new WireClient(limited);
			HazardsService.release = new CountDownLatch(1);
			HazardsService.running.set(0);
			List<CompletableFuture<HttpResponse<String>>> held = IntStream.range(0, 2)
				.mapToObj((i) -> postAsync(limited, "/rpc/Hazards/hold", i == 0 ? "5000" : null))
				.toList();
			await(() -> HazardsService.running.get() == 2);
			int before = HazardsService.calls.get();
			HttpResponse<String> refused = limitedWire.post("/rpc/Hazards/sleep", "[1]");
			JsonNode problem = problem(refused, 503, "unavailable");
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(problem.get("detail").stringValue()).contains("rpc.server.max-concurrent-calls");
			assertThat(HazardsService.calls.get()).isEqualTo(before);
			HazardsService.release.countDown();
			for (CompletableFuture<HttpResponse<String>> call : held) {
				assertThat(call.get(10, TimeUnit.SECONDS).body()).isEqualTo("\"released\"");
			}
			assertThat(limitedWire.post("/rpc/Hazards/sleep", "[1]").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void everyWayACallEndsGivesItsPlaceBack() throws Exception {
		try (RoundTrip limited = new RoundTrip(HazardServer.class, "rpc.server.max-concurrent-calls=1")) {
			WireClient limitedWire = new WireClient(limited);
			// an answer goes out only once the method's work ended and its place was given back
			problem(limitedWire.post("/rpc/Hazards/broken", "[]"), 500, "internal");
			problem(limitedWire.post("/rpc/Hazards/cyclic", "[]", "Rpc-Timeout-Ms", "5000"), 500, "internal");
			problem(limitedWire.post("/rpc/Hazards/sleep", "[\"x\"]"), 400, "invalid_argument");
			// a 504 goes out at the deadline, while the interrupted method may still hold its place a moment
			problem(limitedWire.post("/rpc/Hazards/sleep", "[5000]", "Rpc-Timeout-Ms", "50"), 504, "deadline_exceeded");
			await(() -> limitedWire.post("/rpc/Hazards/sleep", "[1]").statusCode() == 200);
			problem(limitedWire.post("/rpc/Hazards/pending", "[]", "Rpc-Timeout-Ms", "50"), 504, "deadline_exceeded");
			await(() -> limitedWire.post("/rpc/Hazards/sleep", "[1]").statusCode() == 200);
		}
	}

	@Test
	void aCallerTricklingItsBodyHoldsNoPlace() throws Exception {
		try (RoundTrip limited = new RoundTrip(HazardServer.class, "rpc.server.max-concurrent-calls=1");
				Socket slow = new Socket("127.0.0.1", limited.port())) {
			slow.getOutputStream().write(ascii("POST /rpc/Hazards/sleep HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n[1"));
			slow.getOutputStream().flush();
			Thread.sleep(100); // its request thread waits for the rest of the body
			assertThat(new WireClient(limited).post("/rpc/Hazards/sleep", "[1]").body()).isEqualTo("\"slept 1\"");
		}
	}

	@Test
	void futuresCountAgainstTheLimitUntilTheyComplete() throws Exception {
		try (RoundTrip limited = new RoundTrip(HazardServer.class, "rpc.server.max-concurrent-calls=2")) {
			WireClient limitedWire = new WireClient(limited);
			HazardsService.futures.clear();
			List<CompletableFuture<HttpResponse<String>>> pending = IntStream.range(0, 2)
				.mapToObj((i) -> postAsync(limited, "/rpc/Hazards/pending", null))
				.toList();
			await(() -> HazardsService.futures.size() == 2); // both returned their future: no request thread is held
			problem(limitedWire.post("/rpc/Hazards/sleep", "[1]"), 503, "unavailable");
			HazardsService.futures.forEach((future) -> future.complete("done"));
			for (CompletableFuture<HttpResponse<String>> call : pending) {
				assertThat(call.get(10, TimeUnit.SECONDS).body()).isEqualTo("\"done\"");
			}
			assertThat(limitedWire.post("/rpc/Hazards/sleep", "[1]").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aFilterWithoutAsyncSupportStillServesCallsWithDeadlines() {
		try (RoundTrip blocking = new RoundTrip(HazardServer.class, "test.blocking-filter=true")) {
			WireClient blockingWire = new WireClient(blocking);
			assertThat(blockingWire.post("/rpc/Hazards/sleep", "[1]", "Rpc-Timeout-Ms", "5000").body())
				.isEqualTo("\"slept 1\"");
			long start = System.nanoTime();
			problem(blockingWire.post("/rpc/Hazards/sleep", "[5000]", "Rpc-Timeout-Ms", "200"), 504,
					"deadline_exceeded");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("interrupted at its deadline")
				.isLessThan(Duration.ofSeconds(3));
			HazardsService.futures.clear();
			problem(blockingWire.post("/rpc/Hazards/pending", "[]", "Rpc-Timeout-Ms", "200"), 504,
					"deadline_exceeded");
			assertThat(HazardsService.futures.get(0)).isCancelled();
		}
	}

	private static CompletableFuture<HttpResponse<String>> postAsync(RoundTrip server, String path,
			String timeoutMillis) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("[]"));
		if (timeoutMillis != null) {
			request.header("Rpc-Timeout-Ms", timeoutMillis);
		}
		return HttpClient.newHttpClient().sendAsync(request.build(), BodyHandlers.ofString());
	}

	private static Socket socket() throws IOException {
		Socket socket = new Socket("127.0.0.1", roundTrip.port());
		socket.setSoTimeout(10_000);
		return socket;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10s").isLessThan(end);
			Thread.sleep(5);
		}
	}

}
