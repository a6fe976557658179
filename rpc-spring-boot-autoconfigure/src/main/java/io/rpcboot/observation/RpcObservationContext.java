package io.rpcboot.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;

/**
 * What both sides know of one call: its target and, once it ended, its outcome. Where it
 * failed because of an exception, {@link #getError()} holds it.
 */
public abstract class RpcObservationContext extends Observation.Context {

	private final String service;

	private final String method;

	private @Nullable RpcCode code;

	private boolean ended;

	protected RpcObservationContext(String service, String method) {
		this.service = service;
		this.method = method;
	}

	/** The service name on the wire. */
	public String getService() {
		return this.service;
	}

	/** The method name on the wire. */
	public String getMethod() {
		return this.method;
	}

	/** The code the call failed with; {@code null} while it runs and where it succeeded. */
	public @Nullable RpcCode getCode() {
		return this.code;
	}

	/** Whether the call ended (and {@link #getCode()} tells how). */
	public boolean isEnded() {
		return this.ended;
	}

	/** Records how the call ended: {@code null} for success. */
	public void setOutcome(@Nullable RpcCode code) {
		this.code = code;
		this.ended = true;
	}

}
