package io.rpcboot.client;

import java.net.URI;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcException;
import io.rpcboot.observation.DefaultRpcClientObservationConvention;
import io.rpcboot.observation.RpcClientObservationContext;
import io.rpcboot.observation.RpcClientObservationConvention;
import io.rpcboot.observation.RpcObservationContext;
import io.rpcboot.observation.RpcObservationDocumentation;

/**
 * Observes each call of one client as an {@code rpc.client} observation, its resends included,
 * in scope around the exchanges so that {@code RestClient}'s {@code http.client.requests}
 * observation (which sends the trace context) nests under it; and counts how each call ended,
 * observed or not.
 */
final class ClientObservations {

	private static final RpcClientObservationConvention DEFAULT_CONVENTION = new DefaultRpcClientObservationConvention();

	private final String client;

	private final ObservationRegistry registry;

	private final @Nullable RpcClientObservationConvention convention;

	/** @param convention the user's convention, or {@code null} for the default */
	ClientObservations(String client, ObservationRegistry registry, @Nullable RpcClientObservationConvention convention) {
		this.client = client;
		this.registry = registry;
		this.convention = convention;
	}

	/**
	 * The observation of a call, not started: created on the caller's thread, it nests under
	 * the caller's current observation wherever the call then runs.
	 */
	Observation create(ClientMethod method) {
		if (this.registry.isNoop()) {
			return Observation.NOOP; // and nothing else to do per call
		}
		return RpcObservationDocumentation.RPC_CLIENT.observation(this.convention, DEFAULT_CONVENTION,
				() -> new RpcClientObservationContext(this.client, method.service(), method.name(), method.uri()),
				this.registry);
	}

	/** Makes the call within its observation, and records how it ended. */
	@Nullable Object observe(Observation observation, ClientMethod method, Call call) throws Throwable {
		if (observation.isNoop()) {
			return counted(method, call);
		}
		observation.start();
		try (Observation.Scope scope = observation.openScope()) {
			@Nullable Object value = counted(method, call);
			outcome(observation, null);
			return value;
		}
		catch (Throwable ex) {
			outcome(observation, codeOf(ex));
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * Starts the {@code http.client.requests} observation of one exchange of a future call,
	 * under the call's observation, as {@code RestClient} does for a blocking call.
	 * @return {@code null} where calls are not observed
	 */
	@Nullable AsyncExchangeObservation exchange(Observation call, URI uri, String uriTemplate) {
		return AsyncExchangeObservation.start(call, this.registry, uri, uriTemplate);
	}

	/** Starts the observation of a call that ends on another thread, in {@link #ended}. */
	void started(Observation observation) {
		if (!observation.isNoop()) {
			observation.start();
		}
	}

	/**
	 * Records how a call {@link #started started} ended.
	 * @param failure what the caller sees, or {@code null} for a value
	 */
	void ended(Observation observation, ClientMethod method, @Nullable Throwable failure) {
		if (failure == null) {
			method.counts().recordSuccess();
		}
		else {
			method.counts().recordFailure(codeOf(failure));
		}
		if (observation.isNoop()) {
			return;
		}
		outcome(observation, (failure != null) ? codeOf(failure) : null);
		if (failure != null) {
			observation.error(failure);
		}
		observation.stop();
	}

	/** Ends the observation of a call its caller cancelled, which is not counted: it has no outcome. */
	void cancelled(Observation observation, Throwable cancellation) {
		if (!observation.isNoop()) {
			observation.error(cancellation);
			observation.stop();
		}
	}

	private static @Nullable Object counted(ClientMethod method, Call call) throws Throwable {
		try {
			@Nullable Object value = call.run();
			method.counts().recordSuccess();
			return value;
		}
		catch (Throwable ex) {
			method.counts().recordFailure(codeOf(ex));
			throw ex;
		}
	}

	private static void outcome(Observation observation, @Nullable RpcCode code) {
		if (observation.getContext() instanceof RpcObservationContext context) {
			context.setOutcome(code);
		}
	}

	/**
	 * The code a failed call ended with: an {@link RpcException}'s own; any other exception is
	 * an application exception the answer named, {@code FAILED_PRECONDITION} by the contract.
	 */
	static RpcCode codeOf(Throwable failure) {
		return (failure instanceof RpcException rpc) ? rpc.code() : RpcCode.FAILED_PRECONDITION;
	}

	/** A call, made and resent as needed. */
	@FunctionalInterface
	interface Call {

		@Nullable Object run() throws Throwable;

	}

}
