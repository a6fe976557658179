package io.rpcboot;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with an error that is neither a declared exception, a timeout nor
 * unavailability; or it answered 2xx with a body that does not bind to the return type; or
 * the call failed in the client itself, before or without an answer ({@link #status()} 0).
 */
public class RpcRemoteException extends RpcException {

	private final int status;

	private final @Nullable String remoteType;

	private final String remoteMessage;

	public RpcRemoteException(RpcCode code, int status, @Nullable String remoteType, String service, String method,
			String remoteMessage, @Nullable Throwable cause) {
		super(code, service, method, (status > 0) ? remoteMessage + " (HTTP " + status + ")" : remoteMessage, cause);
		this.status = status;
		this.remoteType = remoteType;
		this.remoteMessage = remoteMessage;
	}

	/** The HTTP status of the answer, or 0 where the call failed in the client without one. */
	public int status() {
		return this.status;
	}

	/** The fully qualified name of the exception on the server, where it sent one. */
	public @Nullable String remoteType() {
		return this.remoteType;
	}

	/** The {@code detail} the server sent, or a description of what was wrong with the answer. */
	public String remoteMessage() {
		return this.remoteMessage;
	}

}
