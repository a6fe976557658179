package io.rpcboot.it.observation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.it.observation.api.LimitExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Trace context across a call, as Boot's actuator, Micrometer tracing and OpenTelemetry make
 * it of the {@code rpc.client} and {@code rpc.server} observations, and their timers' tags.
 */
class RpcTracingTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static ObservedApps apps;

	@BeforeAll
	static void start() {
		apps = new ObservedApps();
	}

	@AfterAll
	static void stop() {
		apps.close();
	}

	@Test
	void oneCallIsOneTraceFromTheClientSpanThroughHttpToTheServerSpan() {
		assertThat(apps.ledger().add(2, 3)).isEqualTo(5);
		SpanData rpcClient = span(apps.client(), named("Ledger/add"));
		SpanData httpClient = span(apps.client(), childOf(rpcClient));
		SpanData rpcServer = span(apps.server(), named("Ledger/add"));
		SpanData httpServer = span(apps.server(), (span) -> span.getSpanId().equals(rpcServer.getParentSpanId()));

		// rpc.client -> http client -> (traceparent) -> http server -> rpc.server
		assertThat(rpcClient.getParentSpanContext().isValid()).isFalse();
		assertThat(httpClient.getKind()).isEqualTo(SpanKind.CLIENT);
		assertThat(httpServer.getKind()).isEqualTo(SpanKind.SERVER);
		assertThat(httpServer.getParentSpanId()).isEqualTo(httpClient.getSpanId());
		assertThat(httpServer.getParentSpanContext().isRemote()).isTrue();
		assertThat(List.of(httpClient, rpcServer, httpServer)).extracting(SpanData::getTraceId)
			.containsOnly(rpcClient.getTraceId());

		String port = Integer.toString(apps.port());
		assertThat(attributes(rpcClient)).containsAllEntriesOf(Map.of("rpc.system", "rpcboot", "rpc.service", "Ledger",
				"rpc.method", "add", "rpc.response.status_code", "OK", "error.type", "none", "server.address",
				"127.0.0.1", "server.port", port));
		assertThat(attributes(rpcServer)).containsAllEntriesOf(Map.of("rpc.system", "rpcboot", "rpc.service", "Ledger",
				"rpc.method", "add", "rpc.response.status_code", "OK", "error.type", "none", "server.address",
				"127.0.0.1", "server.port", port));

		assertThat(timer(apps.client(), "rpc.client", "add", "OK", "none").count()).isEqualTo(1);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(timer(apps.server(), "rpc.server", "add", "OK", "none").count()).isEqualTo(1));
		assertThat(meters(apps.client()).get("rpc.client").timer().getId().getTags()).extracting("key")
			.containsExactlyInAnyOrder("rpc.system", "rpc.service", "rpc.method", "rpc.response.status_code",
					"error.type", "server.address", "server.port", "error"); // Micrometer adds "error" to every timer
	}

	@Test
	void failuresAreTaggedWithTheirCodeAndExceptionOnBothSides() {
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> apps.ledger().reject("rude"));
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(() -> apps.ledger().reserve(11));

		assertThat(timer(apps.client(), "rpc.client", "reject", "INVALID_ARGUMENT", "RpcRemoteException").count())
			.isEqualTo(1);
		assertThat(timer(apps.client(), "rpc.client", "reserve", "FAILED_PRECONDITION", "LimitExceededException")
			.count()).isEqualTo(1);
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(timer(apps.server(), "rpc.server", "reject", "INVALID_ARGUMENT", "IllegalArgumentException")
				.count()).isEqualTo(1);
			assertThat(timer(apps.server(), "rpc.server", "reserve", "FAILED_PRECONDITION", "LimitExceededException")
				.count()).isEqualTo(1);
		});
		SpanData rejected = span(apps.server(), named("Ledger/reject"));
		assertThat(attributes(rejected)).containsEntry("rpc.response.status_code", "INVALID_ARGUMENT")
			.containsEntry("error.type", "IllegalArgumentException");
	}

	@Test
	void anAsyncCallKeepsTheCallersObservationAsItsParent() {
		ObservationRegistry registry = apps.client().getBean(ObservationRegistry.class);
		Observation caller = Observation.start("test.caller", registry);
		try (Observation.Scope scope = caller.openScope()) {
			assertThat(apps.ledger().later("x").join()).isEqualTo("X");
		}
		finally {
			caller.stop();
		}
		SpanData rpcClient = span(apps.client(), named("Ledger/later"));
		SpanData callerSpan = span(apps.client(), (span) -> span.getSpanId().equals(rpcClient.getParentSpanId()));
		assertThat(callerSpan.getName()).isEqualTo("test.caller");
		SpanData rpcServer = span(apps.server(), named("Ledger/later"));
		assertThat(rpcServer.getTraceId()).isEqualTo(callerSpan.getTraceId());
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(timer(apps.server(), "rpc.server", "later", "OK", "none").count()).isOne());
	}

	@Test
	void theServiceMethodRunsWithinTheServerObservation() {
		assertThat(apps.ledger().work()).isEqualTo("worked");
		SpanData rpcServer = span(apps.server(), named("Ledger/work"));
		SpanData userWork = span(apps.server(), named("ledger.work"));
		assertThat(userWork.getParentSpanId()).isEqualTo(rpcServer.getSpanId());
	}

	@Test
	void aCallCutAtItsDeadlineIsTaggedDeadlineExceededOnBothSides() throws Exception {
		// a caller that waits for the answer: the server's watchdog answers 504 from its own thread
		HttpResponse<String> answer = post("/rpc/Ledger/slow", "[5000]", "200");
		assertThat(answer.statusCode()).isEqualTo(504);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					timer(apps.server(), "rpc.server", "slow", "DEADLINE_EXCEEDED", "DEADLINE_EXCEEDED").count())
				.isOne());

		assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> apps.ledger().slow(5_000));
		assertThat(timer(apps.client(), "rpc.client", "slow", "DEADLINE_EXCEEDED", "RpcTimeoutException").count())
			.isOne();
	}

	@Test
	void aTargetThatMatchesNothingIsNotObserved() throws Exception {
		assertThat(post("/rpc/Nowhere/add", "[1, 2]", null).statusCode()).isEqualTo(404);
		assertThat(post("/rpc/Ledger/nowhere", "[1, 2]", null).statusCode()).isEqualTo(404);
		assertThat(post("/rpc/Ledger/add", "[1, 2]", null).statusCode()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(meters(apps.server()).find("rpc.server").tag("rpc.method", "add").timers())
				.isNotEmpty());
		assertThat(meters(apps.server()).find("rpc.server").timers())
			.allSatisfy((timer) -> assertThat(timer.getId().getTag("rpc.service")).isEqualTo("Ledger"))
			.noneSatisfy((timer) -> assertThat(timer.getId().getTag("rpc.method")).isEqualTo("nowhere"));
	}

	private static HttpResponse<String> post(String path, String body, @Nullable String timeoutMillis)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apps.port() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (timeoutMillis != null) {
			request.header("Rpc-Timeout-Ms", timeoutMillis);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Predicate<SpanData> named(String name) {
		return (span) -> span.getName().equals(name);
	}

	private static Predicate<SpanData> childOf(SpanData parent) {
		return (span) -> span.getParentSpanId().equals(parent.getSpanId());
	}

	/** The one span that matches, once exported. */
	private static SpanData span(ConfigurableApplicationContext context, Predicate<SpanData> matching) {
		InMemorySpanExporter exporter = context.getBean(InMemorySpanExporter.class);
		return await().atMost(PATIENCE).until(() -> exporter.getFinishedSpanItems().stream().filter(matching).toList(),
				(spans) -> spans.size() == 1).get(0);
	}

	private static Map<String, String> attributes(SpanData span) {
		Map<String, String> attributes = new java.util.HashMap<>();
		span.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), String.valueOf(value)));
		return attributes;
	}

	static MeterRegistry meters(ConfigurableApplicationContext context) {
		return context.getBean(MeterRegistry.class);
	}

	static Timer timer(ConfigurableApplicationContext context, String name, String method, String code,
			String errorType) {
		return meters(context).get(name)
			.tags("rpc.system", "rpcboot", "rpc.service", "Ledger", "rpc.method", method, "rpc.response.status_code",
					code, "error.type", errorType, "server.address", "127.0.0.1", "server.port",
					Integer.toString(apps.port()))
			.timer();
	}


}
