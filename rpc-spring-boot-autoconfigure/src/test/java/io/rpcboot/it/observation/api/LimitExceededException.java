package io.rpcboot.it.observation.api;

/** An application exception: {@code failed_precondition} on the wire. */
public class LimitExceededException extends Exception {

	public LimitExceededException(String message) {
		super(message);
	}

}
