package io.rpcboot.client;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.client.retry.DefaultRpcRetryPolicy;
import io.rpcboot.client.retry.RetrySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code rpc.client.max-response-size}: a bigger answer is refused while it is read, and its
 * connection is closed rather than drained.
 */
class ResponseLimitTests {

	private final CountDownLatch hungUp = new CountDownLatch(1);

	private RawPeer peer;

	private RpcClientFactory factory;

	@AfterEach
	void stop() throws Exception {
		this.factory.destroy();
		this.peer.close();
	}

	private Echo echo(RawPeer.Script script, DataSize maxResponseSize) throws IOException {
		this.peer = new RawPeer(script);
		this.factory = RawPeer.clients(
				this.peer.endpoint(Duration.ofSeconds(30), RetrySettings.defaults(), maxResponseSize),
				RestClient.builder(), new DefaultRpcRetryPolicy());
		return this.factory.create(Echo.class, new ClientSpec("Echo", "Echo", null));
	}

	@Test
	void answerOfTheLimitIsRead() throws IOException {
		Echo echo = echo((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"12345678\""),
				DataSize.ofBytes(10));
		assertThat(echo.echo("x")).isEqualTo("12345678");
	}

	@Test
	void answerOneByteOverTheLimitIsRefused() throws IOException {
		Echo echo = echo((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"123456789\""),
				DataSize.ofBytes(10));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> echo.echo("x")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.RESOURCE_EXHAUSTED);
			assertThat(ex.status()).isEqualTo(200);
			assertThat(ex.getMessage()).contains("over rpc.client.max-response-size, 10 bytes");
		});
	}

	@Test
	void declaredLengthOverTheLimitIsRefusedBeforeReading() throws IOException {
		Echo echo = echo((n, out) -> {
			out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n\""
				.getBytes());
			out.flush();
			Thread.sleep(20_000); // the body never comes: only the header can have refused it
		}, DataSize.ofMegabytes(1));
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> echo.echo("x")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.RESOURCE_EXHAUSTED);
			assertThat(ex.getMessage()).contains("it declares 1000000000 bytes");
		});
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
	}

	@Test
	void endlessChunkedAnswerIsCutOffAndItsConnectionClosed() throws Exception {
		Echo echo = echo((n, out) -> endless(out, "200 OK", "application/json"), DataSize.ofMegabytes(1));
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> echo.echo("x")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.RESOURCE_EXHAUSTED);
			assertThat(ex.status()).isEqualTo(200);
		});
		// closing the response would otherwise read on until the 30s deadline
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
		assertThat(this.hungUp.await(10, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
	}

	@Test
	void problemBodyObeysTheLimitToo() throws Exception {
		Echo echo = echo((n, out) -> endless(out, "500 Internal Server Error", "application/problem+json"),
				DataSize.ofKilobytes(64));
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> echo.echo("x")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.RESOURCE_EXHAUSTED);
			assertThat(ex.status()).isEqualTo(500);
		});
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
		assertThat(this.hungUp.await(10, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
	}

	/** Sends chunks of JSON string for as long as the client reads them, at most 60 seconds. */
	private void endless(OutputStream out, String status, String contentType) throws InterruptedException {
		byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		try {
			out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType
					+ "\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n\"\r\n").getBytes());
			while (System.nanoTime() < end) {
				out.write(chunk);
				out.flush();
			}
		}
		catch (IOException ex) {
			this.hungUp.countDown();
		}
	}

	interface Echo {

		String echo(String value);

	}

}
