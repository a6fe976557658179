package io.rpcboot.demo.api;

/** Declared by {@link Bookstore#order}: the client gets it back as this type, with the server's message. */
public class OutOfStockException extends Exception {

	public OutOfStockException(String message) {
		super(message);
	}

}
