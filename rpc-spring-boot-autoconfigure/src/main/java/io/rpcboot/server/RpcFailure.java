package io.rpcboot.server;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;

/**
 * A call that ends in an error answer: thrown inside the server stub and written as a problem.
 * Carries no stack trace: it is flow, not a bug.
 */
final class RpcFailure extends RuntimeException {

	private final int status;

	private final RpcCode code;

	private final @Nullable String exceptionType;

	RpcFailure(int status, RpcCode code, String detail, @Nullable String exceptionType) {
		super(detail, null, false, false);
		this.status = status;
		this.code = code;
		this.exceptionType = exceptionType;
	}

	RpcFailure(RpcCode code, String detail) {
		this(code.httpStatus(), code, detail, null);
	}

	int status() {
		return this.status;
	}

	RpcCode code() {
		return this.code;
	}

	@Nullable String exceptionType() {
		return this.exceptionType;
	}

}
