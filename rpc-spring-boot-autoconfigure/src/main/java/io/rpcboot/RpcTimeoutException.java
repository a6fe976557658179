package io.rpcboot;

import org.jspecify.annotations.Nullable;

/** The call's deadline passed: locally, or on the server ({@code deadline_exceeded}). */
public class RpcTimeoutException extends RpcException {

	public RpcTimeoutException(String service, String method, String detail, @Nullable Throwable cause) {
		super(RpcCode.DEADLINE_EXCEEDED, service, method, detail, cause);
	}

}
