package io.rpcboot.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcMethod;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.protocol.RpcJson;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Against a peer that drops the first connection without answering: an idempotent call is
 * sent again and succeeds; any other call fails once, and is never sent twice.
 */
class IdempotentRetryTests {

	private final AtomicInteger requests = new AtomicInteger();

	private ServerSocket peer;

	private RpcClientFactory factory;

	@BeforeEach
	void start() throws IOException {
		this.peer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread server = new Thread(this::serve, "broken-peer");
		server.setDaemon(true);
		server.start();
		String url = "http://127.0.0.1:" + this.peer.getLocalPort();
		HttpComponentsClientHttpRequestFactory requestFactory = new HttpComponentsClientHttpRequestFactory();
		requestFactory.setHttpContextFactory(new CallTimeouts());
		this.factory = new RpcClientFactory(new RpcJson(JsonMapper.builder().build()),
				RestClient.builder().requestFactory(requestFactory).build(),
				(name) -> new ClientEndpoint(url, "/rpc", null, Duration.ofSeconds(5), Duration.ofSeconds(1), Map.of()),
				new StandardEnvironment(), requestFactory::destroy);
	}

	@AfterEach
	void stop() throws Exception {
		this.factory.destroy();
		this.peer.close();
	}

	/** Drops the first request on the floor, then answers {@code 5} to every other. */
	private void serve() {
		while (!this.peer.isClosed()) {
			try (Socket socket = this.peer.accept()) {
				readRequest(socket.getInputStream());
				if (this.requests.incrementAndGet() == 1) {
					continue;
				}
				OutputStream out = socket.getOutputStream();
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1\r\n"
						+ "Connection: close\r\n\r\n5").getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// the peer was closed
			}
		}
	}

	private static void readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				return;
			}
			head.append((char) b);
		}
		String lengthHeader = head.toString().lines()
			.filter((line) -> line.toLowerCase().startsWith("content-length:"))
			.findFirst()
			.orElse("content-length: 0");
		in.readNBytes(Integer.parseInt(lengthHeader.substring(15).trim()));
	}

	@Test
	void idempotentCallIsSentAgain() {
		Counter counter = this.factory.create(Counter.class, new ClientSpec("Counter", "Counter", null));
		assertThat(counter.current()).isEqualTo(5);
		assertThat(this.requests).hasValue(2);
	}

	@Test
	void otherCallIsNeverSentTwice() {
		Counter counter = this.factory.create(Counter.class, new ClientSpec("Counter", "Counter", null));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::increment)
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("Counter.increment: "));
		assertThat(this.requests).hasValue(1);
	}

	interface Counter {

		@RpcMethod(idempotent = true)
		int current();

		int increment();

	}

}
