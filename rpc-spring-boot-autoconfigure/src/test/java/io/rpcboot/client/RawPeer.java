package io.rpcboot.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import io.rpcboot.client.retry.DefaultRpcRetryPolicy;
import io.rpcboot.client.retry.RetrySettings;
import io.rpcboot.client.retry.RpcRetryPolicy;
import io.rpcboot.protocol.RpcJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A misbehaving HTTP peer on a loopback socket: reads each request, then lets a script decide
 * what to send back (or not), so tests can break the network in precise ways.
 */
final class RawPeer implements AutoCloseable {

	private final ServerSocket socket;

	private final Script script;

	private final AtomicInteger requests = new AtomicInteger();

	private final List<Long> arrivals = new CopyOnWriteArrayList<>();

	private final List<String> heads = new CopyOnWriteArrayList<>();

	RawPeer(Script script) throws IOException {
		this(0, script);
	}

	/** A peer on that port (0: any free one). */
	RawPeer(int port, Script script) throws IOException {
		this.socket = new ServerSocket();
		this.socket.setReuseAddress(true);
		this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		this.script = script;
		Thread thread = new Thread(this::serve, "raw-peer");
		thread.setDaemon(true);
		thread.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.socket.getLocalPort();
	}

	int requests() {
		return this.requests.get();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	/** When each request arrived, in {@link System#nanoTime()} terms. */
	List<Long> arrivals() {
		return List.copyOf(this.arrivals);
	}

	/** The request line and headers of each request, in order. */
	List<String> heads() {
		return List.copyOf(this.heads);
	}

	/** A client factory whose every client calls this peer. */
	RpcClientFactory clients(Duration timeout) {
		return clients(url(), timeout);
	}

	/** A client factory whose every client calls that URL. */
	static RpcClientFactory clients(String url, Duration timeout) {
		return clients(url, timeout, RestClient.builder());
	}

	/** A client factory whose every client calls that URL, through a client built so. */
	static RpcClientFactory clients(String url, Duration timeout, RestClient.Builder restClient) {
		return clients(new ClientEndpoint(url, "/rpc", null, timeout, Duration.ofSeconds(1), Map.of(),
				RetrySettings.defaults(), DataSize.ofMegabytes(16)), restClient,
				new DefaultRpcRetryPolicy());
	}

	/** A client factory whose every client has that endpoint and resends as that policy says. */
	static RpcClientFactory clients(ClientEndpoint endpoint, RestClient.Builder restClient,
			RpcRetryPolicy retryPolicy) {
		RpcRequestFactory requestFactory = RpcRequestFactory.create(HttpClientSettings.defaults());
		RestClient client = restClient.requestFactory(requestFactory).build();
		return new RpcClientFactory(new RpcJson(JsonMapper.builder().build()), (name) -> client, (name) -> endpoint,
				new StandardEnvironment(), requestFactory::destroy, retryPolicy);
	}

	/**
	 * Sends the {@code CompletableFuture} calls of a factory's clients through an async HTTP
	 * client, as the auto-configuration does.
	 * @return what closes that HTTP client
	 */
	static AutoCloseable async(RpcClientFactory factory) {
		CloseableHttpAsyncClient httpClient = RpcAsyncClient.createHttpClient(HttpClientSettings.defaults(), 64,
				List.of());
		httpClient.start();
		factory.setAsyncClients((name) -> new RpcAsyncClient(name, () -> httpClient, Map.of()));
		return () -> httpClient.close(CloseMode.IMMEDIATE);
	}

	/** An endpoint on this peer with those limits. */
	ClientEndpoint endpoint(Duration timeout, RetrySettings retry, DataSize maxResponseSize) {
		return new ClientEndpoint(url(), "/rpc", null, timeout, Duration.ofSeconds(1), Map.of(), retry,
				maxResponseSize);
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket connection = this.socket.accept()) {
				this.heads.add(readRequest(connection.getInputStream()));
				this.arrivals.add(System.nanoTime());
				this.script.answer(this.requests.incrementAndGet(), connection.getOutputStream());
			}
			catch (IOException | InterruptedException ex) {
				// closed, or the client went away
			}
		}
	}

	private static String readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				return head.toString();
			}
			head.append((char) b);
		}
		String length = head.toString()
			.lines()
			.filter((line) -> line.toLowerCase().startsWith("content-length:"))
			.findFirst()
			.orElse("content-length: 0");
		in.readNBytes(Integer.parseInt(length.substring(15).trim()));
		return head.toString();
	}

	/** Writes a whole HTTP/1.1 answer. */
	static void answer(OutputStream out, String status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length
				+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	/** What the peer does with request number {@code n} (from 1); returning closes the connection. */
	@FunctionalInterface
	interface Script {

		void answer(int n, OutputStream out) throws IOException, InterruptedException;

	}

}
