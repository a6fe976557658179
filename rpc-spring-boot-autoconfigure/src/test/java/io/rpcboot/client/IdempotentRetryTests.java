package io.rpcboot.client;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rpcboot.RpcMethod;
import io.rpcboot.RpcUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Against a peer that drops the first connection without answering: an idempotent call is
 * sent again and succeeds; any other call fails once, and is never sent twice.
 */
class IdempotentRetryTests {

	private RawPeer peer;

	private RpcClientFactory factory;

	@BeforeEach
	void start() throws IOException {
		this.peer = new RawPeer((n, out) -> {
			if (n > 1) {
				RawPeer.answer(out, "200 OK", "application/json", "5");
			}
		});
		this.factory = this.peer.clients(Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() throws Exception {
		this.factory.destroy();
		this.peer.close();
	}

	@Test
	void idempotentCallIsSentAgain() {
		Counter counter = this.factory.create(Counter.class, new ClientSpec("Counter", "Counter", null));
		assertThat(counter.current()).isEqualTo(5);
		assertThat(this.peer.requests()).isEqualTo(2);
	}

	@Test
	void otherCallIsNeverSentTwice() {
		Counter counter = this.factory.create(Counter.class, new ClientSpec("Counter", "Counter", null));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(counter::increment)
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("Counter.increment: "));
		assertThat(this.peer.requests()).isEqualTo(1);
	}

	interface Counter {

		@RpcMethod(idempotent = true)
		int current();

		int increment();

	}

}
