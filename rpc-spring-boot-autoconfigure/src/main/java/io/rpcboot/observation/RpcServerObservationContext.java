package io.rpcboot.observation;

import org.jspecify.annotations.Nullable;

/**
 * The context of an {@code rpc.server} observation: one call the server stub resolved to an
 * exported method, from then until its answer is written.
 */
public class RpcServerObservationContext extends RpcObservationContext {

	private final @Nullable String localAddress;

	private final int localPort;

	/**
	 * @param localAddress the server's address that took the call, or {@code null}
	 * @param localPort the server's port that took the call, or -1
	 */
	public RpcServerObservationContext(String service, String method, @Nullable String localAddress, int localPort) {
		super(service, method);
		this.localAddress = localAddress;
		this.localPort = localPort;
	}

	/** The server's address that took the call (never the peer's {@code Host} header), or {@code null}. */
	public @Nullable String getLocalAddress() {
		return this.localAddress;
	}

	/** The server's port that took the call, or -1. */
	public int getLocalPort() {
		return this.localPort;
	}

}
