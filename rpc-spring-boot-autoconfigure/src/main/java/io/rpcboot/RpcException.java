package io.rpcboot;

import org.jspecify.annotations.Nullable;

/**
 * A remote call that did not return normally: the base of every exception the client stub
 * throws on its own account. Its message starts with {@code Service.method}.
 */
public abstract class RpcException extends RuntimeException {

	private final RpcCode code;

	private final String service;

	private final String method;

	protected RpcException(RpcCode code, String service, String method, String detail, @Nullable Throwable cause) {
		super(service + "." + method + ": " + detail, cause);
		this.code = code;
		this.service = service;
		this.method = method;
	}

	/** The wire code of the failure. */
	public RpcCode code() {
		return this.code;
	}

	/** The remote service name. */
	public String service() {
		return this.service;
	}

	/** The remote method name, as on the wire. */
	public String method() {
		return this.method;
	}

}
