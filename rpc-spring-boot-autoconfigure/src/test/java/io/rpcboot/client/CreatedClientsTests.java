package io.rpcboot.client;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The clients a factory lists (for the {@code rpc} actuator endpoint): only those it created. */
class CreatedClientsTests {

	private final RpcClientFactory factory = RawPeer.clients("http://127.0.0.1:1", Duration.ofSeconds(1));

	@AfterEach
	void stop() throws Exception {
		this.factory.destroy();
	}

	@Test
	void clientWhoseProxyCannotBeCreatedIsNotListed() {
		// planned whole, then refused by java.lang.reflect.Proxy: no proxy implements a sealed interface
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.factory.create(Sealed.class, new ClientSpec("Sealed", "Sealed", null)))
			.withMessageContaining("sealed");
		this.factory.create(Open.class, new ClientSpec("Open", "Open", null));
		assertThat(this.factory.clients()).extracting(CreatedClient::type).containsExactly(Open.class);
	}

	sealed interface Sealed permits Impl {

		String hello(String name);

	}

	static final class Impl implements Sealed {

		@Override
		public String hello(String name) {
			return name;
		}

	}

	interface Open {

		String hello(String name);

	}

}
