package io.rpcboot.demo.client;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;

/**
 * What the demo's calls left behind: this client's {@code rpc.client} timers (Micrometer,
 * through Boot's actuator) and what demo-server counted, read from its {@code /actuator/rpc}.
 */
@Component
class ObservedCalls {

	private static final Duration SETTLE = Duration.ofSeconds(3);

	private final MeterRegistry meters;

	private final String serverUrl;

	private final PrintStream out = System.out;

	ObservedCalls(MeterRegistry meters, @Value("${rpc.client.services.Bookstore.url}") String serverUrl) {
		this.meters = meters;
		this.serverUrl = serverUrl;
	}

	void print() throws InterruptedException {
		this.out.println("demo-client's rpc.client timers (method, outcome: calls, mean):");
		Map<String, String> lines = new TreeMap<>();
		for (Timer timer : this.meters.find("rpc.client").timers()) {
			lines.put(timer.getId().getTag("rpc.method") + ", " + timer.getId().getTag("rpc.response.status_code"),
					timer.count() + ", " + Math.round(timer.mean(TimeUnit.MILLISECONDS)) + " ms");
		}
		lines.forEach((key, value) -> this.out.println("  " + key + ": " + value));
		if (this.serverUrl.startsWith("lb:")) {
			this.out.println("demo-server's /actuator/rpc: not read behind " + this.serverUrl);
			return;
		}
		JsonNode rpc = serverView();
		this.out.println("demo-server's " + this.serverUrl + "/actuator/rpc (calls by outcome):");
		for (JsonNode service : rpc.path("server").path("services")) {
			for (Map.Entry<String, JsonNode> method : service.path("calls").properties()) {
				this.out.println("  " + service.path("name").asString() + "." + method.getKey() + ": "
						+ outcomes(method.getValue()));
			}
		}
		for (JsonNode client : rpc.path("clients")) {
			for (JsonNode method : client.path("methods")) {
				this.out.println("  its own client " + client.path("name").asString() + "." + method.path("name").asString()
						+ " (timeout " + method.path("timeout").asString() + "): " + outcomes(method.path("calls")));
			}
		}
	}

	/** {@code OK=1, FAILED_PRECONDITION=1}. */
	private static String outcomes(JsonNode calls) {
		StringBuilder outcomes = new StringBuilder();
		for (Map.Entry<String, JsonNode> code : calls.path("byCode").properties()) {
			outcomes.append((outcomes.length() > 0) ? ", " : "").append(code.getKey()).append('=')
				.append(code.getValue().asLong());
		}
		return outcomes.toString();
	}

	/**
	 * The server's view, once it has counted {@code Warehouse.deliver}: cut at the deadline of
	 * the restock call that made it, it is answered at about the instant the demo reads this.
	 */
	private JsonNode serverView() throws InterruptedException {
		RestClient http = RestClient.create(this.serverUrl);
		long deadline = System.nanoTime() + SETTLE.toNanos();
		while (true) {
			JsonNode rpc = http.get().uri("/actuator/rpc").retrieve().body(JsonNode.class);
			boolean settled = rpc != null && rpc.path("server").path("services").findValues("deliver").stream()
				.anyMatch((deliver) -> deliver.path("total").asLong() > 0);
			if (settled || System.nanoTime() > deadline) {
				if (rpc == null) {
					throw new RestClientException("no answer from " + this.serverUrl + "/actuator/rpc");
				}
				return rpc;
			}
			Thread.sleep(100);
		}
	}

}
