package io.rpcboot.it.observation;

import io.micrometer.common.KeyValues;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.rpcboot.observation.RpcClientObservationContext;
import io.rpcboot.observation.RpcClientObservationConvention;
import io.rpcboot.observation.RpcServerObservationContext;
import io.rpcboot.observation.RpcServerObservationConvention;

/** A user's own conventions, replacing the default ones where {@code test.conventions} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("test.conventions")
public class CustomConventions {

	@Bean
	RpcClientObservationConvention ledgerClientConvention() {
		return new RpcClientObservationConvention() {

			@Override
			public String getName() {
				return "ledger.client";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(RpcClientObservationContext context) {
				return KeyValues.of("operation", context.getService() + "." + context.getMethod(), "client",
						context.getClient());
			}

		};
	}

	@Bean
	RpcServerObservationConvention ledgerServerConvention() {
		return new RpcServerObservationConvention() {

			@Override
			public String getName() {
				return "ledger.server";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(RpcServerObservationContext context) {
				return KeyValues.of("operation", context.getService() + "." + context.getMethod(), "failed",
						Boolean.toString(context.getCode() != null));
			}

		};
	}

}
