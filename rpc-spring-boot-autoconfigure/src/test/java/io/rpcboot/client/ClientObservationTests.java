package io.rpcboot.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's client observation ({@code http.client.requests}) tags each call with its target. */
class ClientObservationTests {

	@Test
	void callsAreTaggedWithTheirTarget() throws Exception {
		List<String> uris = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<ClientRequestObservationContext>() {

			@Override
			public void onStop(ClientRequestObservationContext context) {
				uris.add(context.getLowCardinalityKeyValue("uri").getValue());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof ClientRequestObservationContext;
			}

		});
		try (RawPeer peer = new RawPeer((n, out) -> RawPeer.answer(out, "200 OK", "application/json", "\"hi\""))) {
			RpcClientFactory factory = RawPeer.clients(peer.url(), Duration.ofSeconds(5),
					RestClient.builder().observationRegistry(registry));
			try {
				Greeter greeter = factory.create(Greeter.class, new ClientSpec("Greeter", "Greeter", null));
				assertThat(greeter.greet("a")).isEqualTo("hi");
			}
			finally {
				factory.destroy();
			}
		}
		assertThat(uris).containsExactly("/rpc/Greeter/greet");
	}

	interface Greeter {

		String greet(String name);

	}

}
