package io.rpcboot;

import org.jspecify.annotations.Nullable;

/**
 * The server could not be reached or did not answer whole: connection refused or reset,
 * unknown host, a cut answer, or a 502/503 from anything on the path.
 */
public class RpcUnavailableException extends RpcException {

	public RpcUnavailableException(String service, String method, String detail, @Nullable Throwable cause) {
		super(RpcCode.UNAVAILABLE, service, method, detail, cause);
	}

}
