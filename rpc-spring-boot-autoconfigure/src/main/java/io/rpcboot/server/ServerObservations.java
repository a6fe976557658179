package io.rpcboot.server;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.rpcboot.observation.DefaultRpcServerObservationConvention;
import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.observation.RpcObservationDocumentation;
import io.rpcboot.observation.RpcServerObservationContext;
import io.rpcboot.observation.RpcServerObservationConvention;

/**
 * Starts an {@code rpc.server} observation for each call resolved to an exported method, as a
 * child of the request's current observation (Spring's {@code http.server.requests}). An
 * unresolved target gets none: a name a peer made up never becomes a tag value.
 */
final class ServerObservations {

	static final ServerObservations NONE = new ServerObservations(ObservationRegistry.NOOP, null);

	private static final RpcServerObservationConvention DEFAULT_CONVENTION = new DefaultRpcServerObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable RpcServerObservationConvention convention;

	/** @param convention the user's convention, or {@code null} for the default */
	ServerObservations(ObservationRegistry registry, @Nullable RpcServerObservationConvention convention) {
		this.registry = registry;
		this.convention = convention;
	}

	/**
	 * @param service the exported service's name
	 * @param method the exported method's wire name
	 */
	ObservedCall begin(String service, String method, RpcCallCounts counts, HttpServletRequest request) {
		if (this.registry.isNoop()) {
			return new ObservedCall(null, counts);
		}
		Observation observation = RpcObservationDocumentation.RPC_SERVER.observation(this.convention,
				DEFAULT_CONVENTION,
				() -> new RpcServerObservationContext(service, method, request.getLocalAddr(), request.getLocalPort()),
				this.registry);
		return new ObservedCall(observation.isNoop() ? null : observation.start(), counts);
	}

}
