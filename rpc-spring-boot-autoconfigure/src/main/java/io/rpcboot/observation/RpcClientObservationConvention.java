package io.rpcboot.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code rpc.client} observations. Declare a bean of this type to replace
 * {@link DefaultRpcClientObservationConvention}, or extend that to add keys.
 */
public interface RpcClientObservationConvention extends ObservationConvention<RpcClientObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof RpcClientObservationContext;
	}

}
