package io.rpcboot.observation;

import java.net.URI;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code server.address} and {@code server.port} of a client call: the URL's, and for an
 * {@code lb://} URL the service id and no port, never the instance that took an attempt.
 */
class DefaultRpcClientObservationConventionTests {

	private final DefaultRpcClientObservationConvention convention = new DefaultRpcClientObservationConvention();

	@Test
	void plainUrlGivesItsHostAndPortOrTheSchemesDefault() {
		assertThat(server("http://inventory.internal:8081/rpc/Stock/take")).containsExactly("inventory.internal", "8081");
		assertThat(server("https://inventory.internal/rpc/Stock/take")).containsExactly("inventory.internal", "443");
	}

	@Test
	void loadBalancedUrlGivesItsServiceIdAndNoPort() {
		assertThat(server("lb://inventory/rpc/Stock/take")).containsExactly("inventory", "none");
	}

	@Test
	void loadBalancedUrlWhoseServiceIdIsNoHostNameStillGivesIt() {
		// lb:// takes a service id with underscores, which java.net.URI reads as no host
		assertThat(server("lb://stock_service/rpc/Stock/take")).containsExactly("stock_service", "none");
	}

	private String[] server(String uri) {
		KeyValues keys = this.convention.getLowCardinalityKeyValues(
				new RpcClientObservationContext("stock", "Stock", "take", URI.create(uri)));
		return new String[] { value(keys, "server.address"), value(keys, "server.port") };
	}

	private static String value(KeyValues keys, String key) {
		return keys.stream().filter((keyValue) -> keyValue.getKey().equals(key)).map(KeyValue::getValue).findFirst()
			.orElseThrow();
	}

}
