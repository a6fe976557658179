package io.rpcboot.it;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;

import io.rpcboot.it.server.ErrorDispatches;
import io.rpcboot.it.server.ObservedServer;
import io.rpcboot.it.server.ShopService;
import io.rpcboot.server.RpcServerLifecycle;

import tools.jackson.databind.JsonNode;

import static io.rpcboot.it.WireClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Server settings seen from the wire: one server per scenario. */
class WireServerSettingsTests {

	@Test
	void bodyOverMaxRequestSizeIs413WithOrWithoutContentLength() throws IOException {
		try (RoundTrip roundTrip = new RoundTrip("rpc.server.max-request-size=1KB")) {
			WireClient wire = new WireClient(roundTrip);
			String big = "[\"" + "x".repeat(2048) + "\"]";
			JsonNode problem = problem(wire.post("/rpc/Shop/greet", big), 413, "resource_exhausted");
			assertThat(problem.get("detail").stringValue()).contains("rpc.server.max-request-size");
			String chunked = Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n";
			String answer = wire.raw("POST /rpc/Shop/greet HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
					+ chunked);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"resource_exhausted\"");
			assertThat(wire.post("/rpc/Shop/greet", "[\"small\"]").body()).isEqualTo("\"Hello, small\"");
		}
	}

	@Test
	void catalogListsServicesMethodsAndTypes() {
		try (RoundTrip roundTrip = new RoundTrip("rpc.server.catalog.enabled=true")) {
			HttpResponse<String> response = new WireClient(roundTrip).send("GET", "/rpc");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
			JsonNode services = WireClient.json(response).get("services");
			assertThat(services.get(0).get("name").stringValue()).isEqualTo("Shop");
			assertThat(services.get(1).get("name").stringValue()).isEqualTo("Stock");
			JsonNode shop = services.get(0);
			JsonNode items = null;
			for (JsonNode method : shop.get("methods")) {
				if (method.get("name").stringValue().equals("items")) {
					items = method;
				}
			}
			assertThat(items).isNotNull();
			assertThat(items.get("parameters").get(0).get("name").stringValue()).isEqualTo("skus");
			assertThat(items.get("parameters").get(0).get("type").stringValue())
				.isEqualTo("java.util.List<java.lang.String>");
			assertThat(items.get("returns").stringValue()).isEqualTo("java.util.List<io.rpcboot.it.api.Shop$Item>");
			assertThat(response.body()).doesNotContain("\"toString\"");
		}
	}

	@Test
	void pathAndContextPathMoveTheEndpoints() {
		try (RoundTrip roundTrip = new RoundTrip("rpc.server.path=/api/v1/", "server.servlet.context-path=/ctx")) {
			WireClient wire = new WireClient(roundTrip);
			assertThat(wire.post("/ctx/api/v1/Shop/add", "[1, 2]").body()).isEqualTo("3");
			assertThat(wire.post("/ctx/rpc/Shop/add", "[1, 2]").statusCode()).isEqualTo(404);
			assertThat(wire.post("/api/v1/Shop/add", "[1, 2]").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void springHttpObservationsAreTaggedWithTheTarget() throws InterruptedException {
		try (RoundTrip roundTrip = new RoundTrip("test.observe=true")) {
			ObservedServer.observed.clear();
			assertThat(new WireClient(roundTrip).post("/rpc/Shop/add", "[1, 2]").body()).isEqualTo("3");
			await(() -> !ObservedServer.observed.isEmpty()); // the filter stops its observation after the answer
			assertThat(ObservedServer.observed).containsExactly("/rpc/Shop/add");
		}
	}

	@Test
	void disabledServerExportsNothing() {
		try (RoundTrip roundTrip = new RoundTrip("rpc.server.enabled=false")) {
			HttpResponse<String> response = new WireClient(roundTrip).post("/rpc/Shop/add", "[1, 2]");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).doesNotContain("unimplemented");
		}
	}

	@Test
	void gracefulShutdownCompletesCallsInFlightAndTurnsNewOnesAway() throws Exception {
		RoundTrip roundTrip = new RoundTrip("server.shutdown=graceful");
		WireClient wire = new WireClient(roundTrip);
		int before = Integer.parseInt(wire.post("/rpc/Shop/calls", "[]").body());
		CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture
			.supplyAsync(() -> wire.post("/rpc/Shop/sleep", "[1000]"));
		await(() -> Integer.parseInt(wire.post("/rpc/Shop/calls", "[]").body()) > before); // the call runs
		RpcServerLifecycle lifecycle = roundTrip.server().getBean(RpcServerLifecycle.class);
		CompletableFuture<Integer> closing = CompletableFuture
			.supplyAsync(() -> SpringApplication.exit(roundTrip.server()));
		await(lifecycle::isDraining); // shutdown has begun
		try {
			problem(wire.post("/rpc/Shop/add", "[1, 2]"), 503, "unavailable");
		}
		catch (IllegalStateException connectionRefused) {
			assertThat(connectionRefused).hasCauseInstanceOf(IOException.class);
		}
		HttpResponse<String> completed = inFlight.get(10, TimeUnit.SECONDS);
		assertThat(completed.statusCode()).isEqualTo(200);
		assertThat(completed.body()).isEqualTo("\"slept 1000\"");
		closing.get(10, TimeUnit.SECONDS);
		roundTrip.close();
	}

	@Test
	void callerThatHangsUpCausesNoErrorDispatch() throws Exception {
		try (RoundTrip roundTrip = new RoundTrip("test.count-error-dispatches=true");
				Socket socket = new Socket("127.0.0.1", roundTrip.port())) {
			ErrorDispatches.count.set(0);
			ShopService.lastLater = null;
			String body = "[\"x\", 300]";
			socket.getOutputStream().write(("POST /rpc/Shop/later HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
				.getBytes(StandardCharsets.US_ASCII));
			await(() -> ShopService.lastLater != null); // the call runs
			socket.setSoLinger(true, 0); // hang up with a reset: the answer meets a dead connection
			socket.close();
			ShopService.lastLater.join();
			Thread.sleep(500); // an error dispatch would follow the failed write within milliseconds
			assertThat(ErrorDispatches.count).hasValue(0);
		}
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
