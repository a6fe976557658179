package io.rpcboot.it;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.rpcboot.it.server.ShopService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain HTTP client for wire tests, as a caller in another language would use one. */
final class WireClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final int port;

	WireClient(RoundTrip roundTrip) {
		this.baseUrl = roundTrip.baseUrl();
		this.port = roundTrip.port();
	}

	/** POSTs JSON; headers come as name, value pairs. */
	HttpResponse<String> post(String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.POST(BodyPublishers.ofString(body));
		boolean contentType = false;
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
			contentType |= headers[i].equalsIgnoreCase("Content-Type");
		}
		if (!contentType) {
			request.header("Content-Type", "application/json");
		}
		return send(request.build());
	}

	HttpResponse<String> send(String method, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, BodyPublishers.ofString("[]"))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends raw bytes on a socket, for requests a high-level client will not send; answers the raw response. */
	String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	/**
	 * Calls {@code Shop.sleep(5000)} with 200 ms to go, and asserts that the server answered
	 * 504 at the deadline, not when the method returned, and interrupted the method's thread.
	 */
	void assertSleepEndsAtItsDeadlineAndIsInterrupted() throws InterruptedException {
		ShopService.interrupted = new CountDownLatch(1);
		long start = System.nanoTime();
		HttpResponse<String> response = post("/rpc/Shop/sleep", "[5000]", "Rpc-Timeout-Ms", "200");
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		problem(response, 504, "deadline_exceeded");
		assertThat(millis).as("answered at the deadline, not when the method returned").isBetween(150L, 3000L);
		assertThat(ShopService.interrupted.await(5, TimeUnit.SECONDS)).as("the method's thread was interrupted")
			.isTrue();
	}

	static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/** Asserts a problem answer, and returns its body. */
	static JsonNode problem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("code").stringValue()).isEqualTo(code);
		assertThat(problem.get("status").intValue()).isEqualTo(status);
		assertThat(problem.get("type").stringValue()).isEqualTo("about:blank");
		assertThat(response.body()).doesNotContain("\tat ").doesNotContain("at io.rpcboot");
		return problem;
	}

}
