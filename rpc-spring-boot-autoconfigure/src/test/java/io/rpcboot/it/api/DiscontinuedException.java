package io.rpcboot.it.api;

import io.rpcboot.RpcExported;

/** Exported: it travels by name from any method, though none declares it on the server. */
@RpcExported
public class DiscontinuedException extends RuntimeException {

	public DiscontinuedException(String message) {
		super(message);
	}

}
