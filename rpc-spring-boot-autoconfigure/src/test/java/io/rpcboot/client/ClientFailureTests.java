package io.rpcboot.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcException;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Whatever goes wrong on the client side, a malformed answer header included, ends as one of
 * the contract's exceptions, with its cause attached.
 */
class ClientFailureTests {

	private RawPeer peer;

	private RpcClientFactory factory;

	@AfterEach
	void stop() throws Exception {
		if (this.factory != null) {
			this.factory.destroy();
		}
		if (this.peer != null) {
			this.peer.close();
		}
	}

	private Greeter greeter(RawPeer.Script script) throws IOException {
		return greeter(script, RestClient.builder());
	}

	private Greeter greeter(RawPeer.Script script, RestClient.Builder restClient) throws IOException {
		this.peer = new RawPeer(script);
		this.factory = RawPeer.clients(this.peer.url(), Duration.ofSeconds(5), restClient);
		return this.factory.create(Greeter.class, new ClientSpec("Greeter", "Greeter", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "\"a\"/json" }) // the second fails Spring's parser out of bounds
	void successWithMalformedContentTypeIsInternal(String contentType) throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", contentType, "\"hi\""));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INTERNAL);
			assertThat(ex.status()).isEqualTo(200);
			assertThat(ex.getMessage()).startsWith("Greeter.greet: the answer's Content-Type is malformed");
			assertThat(ex).hasCauseInstanceOf(InvalidMediaTypeException.class);
		});
	}

	@Test
	void errorWithMalformedContentTypeKeepsItsStatus() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "403 Forbidden", "application/", "{}"));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.PERMISSION_DENIED);
			assertThat(ex.status()).isEqualTo(403);
			assertThat(ex).hasCauseInstanceOf(InvalidMediaTypeException.class);
		});
	}

	@Test
	void unavailableWithMalformedContentTypeIsUnavailable() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "503 Unavailable", "text/", "down"));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"))
			.withCauseInstanceOf(InvalidMediaTypeException.class);
	}

	@Test
	void deserializerFailingInItsOwnWayIsInternalWithTheStatus() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"odd\""));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(greeter::odd).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INTERNAL);
			assertThat(ex.status()).isEqualTo(200);
			assertThat(ex.getMessage()).contains("the answer does not bind to");
			assertThat(ex).hasRootCauseMessage("odd values are refused");
		});
	}

	@Test
	void failingInterceptorIsInternalWithoutStatus() throws IOException {
		IllegalStateException bug = new IllegalStateException("no token");
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"hi\""),
				RestClient.builder().requestInterceptor((request, body, execution) -> {
					throw bug;
				}));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INTERNAL);
			assertThat(ex.status()).isZero();
			assertThat(ex.getMessage()).isEqualTo("Greeter.greet: the call failed in the client "
					+ "(IllegalStateException: no token)");
			assertThat(ex).hasCause(bug);
		});
		assertThat(this.peer.requests()).isZero();
	}

	/**
	 * Cut at its deadline in the middle of an exchange, HttpClient may fail in its own way
	 * ("Endpoint not acquired / already released" while it connects, seen under load): that is
	 * still the deadline, not a failure of the client.
	 */
	@Test
	void failureAfterTheDeadlineCutTheExchangeIsATimeout() throws IOException {
		this.peer = new RawPeer((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"hi\""));
		this.factory = RawPeer.clients(this.peer.url(), Duration.ofMillis(200),
				RestClient.builder().requestInterceptor((request, body, execution) -> {
					try {
						Thread.sleep(200 + RpcTransport.ANSWER_GRACE_MILLIS + 200); // the watchdog fires meanwhile
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					throw new IllegalStateException("Endpoint not acquired / already released");
				}));
		Greeter greeter = this.factory.create(Greeter.class, new ClientSpec("Greeter", "Greeter", null));
		assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> greeter.greet("a"))
			.withMessage("Greeter.greet: no answer within 200ms")
			.withCauseInstanceOf(IllegalStateException.class);
	}

	@Test
	void interceptorsOwnRpcExceptionIsThrownAsItIs() throws IOException {
		RpcUnavailableException refusal = new RpcUnavailableException("Greeter", "greet", "circuit open", null);
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"hi\""),
				RestClient.builder().requestInterceptor((request, body, execution) -> {
					throw refusal;
				}));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> greeter.greet("a"))
			.isSameAs(refusal);
	}

	@Test
	void failingTargetIsInternalWithoutStatus() throws IOException {
		IllegalStateException bug = new IllegalStateException("registry cache corrupt");
		this.peer = new RawPeer((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"hi\""));
		this.factory = RawPeer.clients(this.peer.url(), Duration.ofSeconds(5));
		this.factory.setTargetResolvers(List.of((name, url) -> (operation, uri, failed, timeLeft) -> {
			throw bug;
		}));
		Greeter greeter = this.factory.create(Greeter.class, new ClientSpec("Greeter", "Greeter", null));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greet("a")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INTERNAL);
			assertThat(ex.status()).isZero();
			assertThat(ex.getMessage()).isEqualTo("Greeter.greet: the call failed in the client "
					+ "(IllegalStateException: registry cache corrupt)");
			assertThat(ex).hasCause(bug);
		});
		assertThat(this.peer.requests()).isZero();
	}

	@Test
	void argumentThatCannotBeWrittenIsInvalidArgumentWithoutStatus() throws IOException {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"hi\""));
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> greeter.greetAll(new Crowd("x")))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.INVALID_ARGUMENT);
				assertThat(ex.status()).isZero();
				assertThat(ex.getMessage())
					.startsWith("Greeter.greetAll: argument 0 (crowd) cannot be written as JSON");
				assertThat(ex.getCause()).isNotNull();
			});
		assertThat(this.peer.requests()).isZero();
	}

	@Test
	void callAfterTheFactoryIsClosedIsUnavailable() throws Exception {
		Greeter greeter = greeter((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"hi\""));
		this.factory.destroy();
		assertThatExceptionOfType(RpcException.class).isThrownBy(() -> greeter.greet("a"))
			.isInstanceOf(RpcUnavailableException.class);
		this.factory = null;
	}

	interface Greeter {

		String greet(String name);

		String greetAll(Crowd crowd);

		Odd odd();

	}

	/** A result whose deserializer fails with an exception of its own. */
	@JsonDeserialize(using = OddDeserializer.class)
	record Odd(String value) {

	}

	static class OddDeserializer extends ValueDeserializer<Odd> {

		@Override
		public Odd deserialize(JsonParser parser, DeserializationContext context) {
			throw new IllegalStateException("odd values are refused");
		}

	}

	/** A parameter type JSON can carry, with a value whose accessor fails. */
	record Crowd(String name) {

		@Override
		public String name() {
			throw new IllegalStateException("nobody came");
		}

	}

}
