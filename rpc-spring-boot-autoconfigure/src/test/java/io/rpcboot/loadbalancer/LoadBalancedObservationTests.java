package io.rpcboot.loadbalancer;

import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.actuate.RpcEndpoint;
import io.rpcboot.actuate.RpcEndpoint.ClientDescriptor;
import io.rpcboot.loadbalancer.api.Stock.Count;
import io.rpcboot.loadbalancer.client.StockClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code lb://} client's observations and actuator view while its calls fail over: one
 * {@code rpc.client} series for the service id whichever instances took the attempts, each
 * attempt's {@code http.client.requests} tagged with the call's path (as for a plain URL), and
 * the client shown by its {@code lb://} URL with one count per call.
 */
class LoadBalancedObservationTests {

	private static final int CALLS = 20;

	private final StockInstances instances = new StockInstances();

	@AfterEach
	void stop() {
		this.instances.close();
	}

	@Test
	void callsThatFailOverAreObservedUnderTheServiceIdAndCountedOnce() throws Exception {
		this.instances.listDead();
		ConfigurableApplicationContext live = this.instances.start("live");
		ConfigurableApplicationContext client = this.instances
			.client("management.endpoints.web.exposure.include=rpc");
		StockClient stock = client.getBean(StockClient.class);
		for (int n = 0; n < CALLS; n++) {
			assertThat(stock.count(n)).isEqualTo(new Count("live", n));
		}
		MeterRegistry meters = client.getBean(MeterRegistry.class);
		assertThat(meters.find("rpc.client").timers()).singleElement().satisfies((timer) -> {
			assertThat(timer.count()).isEqualTo(CALLS);
			assertThat(tags(timer)).containsEntry("server.address", "stock")
				.containsEntry("server.port", "none")
				.containsEntry("rpc.response.status_code", "OK")
				.containsEntry("error.type", "none");
		});
		// each attempt, tagged with the call's path: about half the calls went to the dead instance first
		assertThat(meters.find("http.client.requests").timers())
			.allSatisfy((timer) -> assertThat(tags(timer)).containsEntry("uri", "/rpc/Stock/count"))
			.anySatisfy((timer) -> assertThat(tags(timer)).containsEntry("outcome", "SUCCESS"))
			.anySatisfy((timer) -> assertThat(tags(timer)).containsEntry("exception", "ResourceAccessException"));
		ClientDescriptor described = client.getBean(RpcEndpoint.class).rpc().clients().get(0);
		assertThat(described.url()).isEqualTo("lb://stock");
		assertThat(described.methods()).filteredOn((method) -> method.name().equals("count"))
			.singleElement()
			.satisfies((method) -> assertThat(method.calls().byCode()).containsExactly(Map.entry("OK", (long) CALLS)));
		assertThat(StockInstances.service(live).counted()).isEqualTo(CALLS);
	}

	private static Map<String, String> tags(Timer timer) {
		Map<String, String> tags = new TreeMap<>();
		timer.getId().getTags().forEach((tag) -> tags.put(tag.getKey(), tag.getValue()));
		return tags;
	}

}
