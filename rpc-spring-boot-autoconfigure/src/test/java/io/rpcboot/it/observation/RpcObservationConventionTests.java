package io.rpcboot.it.observation;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A user's convention bean replaces the default one, on both sides. */
class RpcObservationConventionTests {

	@Test
	void conventionBeansReplaceTheDefaults() {
		try (ObservedApps apps = new ObservedApps(List.of("test.conventions=true"), List.of("test.conventions=true"))) {
			assertThat(apps.ledger().add(1, 2)).isEqualTo(3);
			MeterRegistry client = apps.client().getBean(MeterRegistry.class);
			MeterRegistry server = apps.server().getBean(MeterRegistry.class);
			assertThat(client.get("ledger.client").tags("operation", "Ledger.add", "client", "Ledger").timer().count())
				.isOne();
			assertThat(client.find("rpc.client").timers()).isEmpty();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(
						server.get("ledger.server").tags("operation", "Ledger.add", "failed", "false").timer().count())
					.isOne());
			assertThat(server.find("rpc.server").timers()).isEmpty();
		}
	}

	@Test
	void observationsCanBeTurnedOffByName() {
		try (ObservedApps apps = new ObservedApps(List.of("management.observations.enable.rpc.server=false"),
				List.of("management.observations.enable.rpc.client=false"))) {
			assertThat(apps.ledger().add(1, 2)).isEqualTo(3);
			assertThat(apps.client().getBean(MeterRegistry.class).find("rpc.client").timers()).isEmpty();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(apps.server().getBean(MeterRegistry.class)
					.find("http.server.requests").tag("uri", "/rpc/Ledger/add").timers()).isNotEmpty());
			assertThat(apps.server().getBean(MeterRegistry.class).find("rpc.server").timers()).isEmpty();
		}
	}

}
