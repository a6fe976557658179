package io.rpcboot.server;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;
import io.rpcboot.protocol.RpcOperation;

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

	/**
	 * A call that something other than its method refused with an HTTP status: the code follows
	 * from the status, and a status that names no error code is {@code internal}.
	 */
	static RpcFailure ofStatus(int status, String detail) {
		RpcCode code = RpcCode.fromHttpStatus(status);
		return (code != RpcCode.UNKNOWN) ? new RpcFailure(status, code, detail, null)
				: new RpcFailure(RpcCode.INTERNAL, detail);
	}

	/** The answer to a call still running at its deadline. */
	static RpcFailure deadlinePassed(RpcOperation operation) {
		return new RpcFailure(RpcCode.DEADLINE_EXCEEDED, operation.qualifiedName() + ": the deadline passed while the call ran");
	}

	/** The answer to a call that arrives once the server began to shut down: it does not run. */
	static RpcFailure shuttingDown(String target) {
		return new RpcFailure(RpcCode.UNAVAILABLE, target + ": the server is shutting down");
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
