package io.rpcboot.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code rpc.server} observations. Declare a bean of this type to replace
 * {@link DefaultRpcServerObservationConvention}, or extend that to add keys.
 */
public interface RpcServerObservationConvention extends ObservationConvention<RpcServerObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof RpcServerObservationContext;
	}

}
