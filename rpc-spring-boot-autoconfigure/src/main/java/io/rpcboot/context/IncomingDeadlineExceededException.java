package io.rpcboot.context;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcTimeoutException;

/**
 * The timeout of an outgoing call whose deadline was the {@link IncomingDeadline} of the call
 * the thread handles: what passed is the incoming call's own deadline. A service method that
 * lets it out is answered {@code deadline_exceeded}, like a call stopped at its deadline, not
 * {@code internal}.
 */
public class IncomingDeadlineExceededException extends RpcTimeoutException {

	private final String incomingCall;

	/** @param incomingCall the incoming call whose deadline capped the outgoing one, as {@code Service.method} */
	public IncomingDeadlineExceededException(String service, String method, String incomingCall, String detail,
			@Nullable Throwable cause) {
		super(service, method, detail, cause);
		this.incomingCall = incomingCall;
	}

	/** The incoming call whose deadline passed, as {@code Service.method}. */
	public String incomingCall() {
		return this.incomingCall;
	}

}
