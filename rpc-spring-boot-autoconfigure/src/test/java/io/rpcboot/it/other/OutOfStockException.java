package io.rpcboot.it.other;

/** Same simple name as the server's exception, another package: the client rethrows it by simple name. */
public class OutOfStockException extends RuntimeException {

	public OutOfStockException(String message) {
		super(message);
	}

}
