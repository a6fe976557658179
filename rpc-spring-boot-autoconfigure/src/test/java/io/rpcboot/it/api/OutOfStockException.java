package io.rpcboot.it.api;

/** The business exception {@link Shop#order} declares. */
public class OutOfStockException extends Exception {

	public OutOfStockException(String message) {
		super(message);
	}

}
