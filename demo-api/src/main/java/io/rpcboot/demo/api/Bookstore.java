package io.rpcboot.demo.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The demo's service: a small bookstore. demo-server implements it with {@code @RpcService};
 * demo-client calls it through an {@code @RpcClient} interface that extends it.
 */
public interface Bookstore {

	/** A record comes back whole. */
	Book book(String isbn);

	/** A generic return type: the list binds to {@code List<Book>}. */
	List<Book> search(String text);

	/** An overload: same name, another arity. */
	List<Book> search(String text, int limit);

	/** {@code void}: the server answers 204. */
	void review(String isbn, int stars);

	/** A declared business exception travels by name and is rethrown on the client. */
	Order order(String isbn, int quantity) throws OutOfStockException;

	/** Asynchronous on both sides: the client does not wait, the server does not block a thread. */
	CompletableFuture<Map<String, Integer>> stock();

	/** Slow (about 1.5 s): demo-client gives it a longer deadline in application.yml. */
	SalesReport salesReport(int year);

	/**
	 * Slower than its deadline: the server asks its warehouse, another RPC service that takes
	 * 3 s; the client gets RpcTimeoutException at its deadline, and the warehouse stops then too.
	 */
	Book restock(String isbn, int quantity);

	record Book(String isbn, String title, String author, Money price) {
	}

	record Money(long cents, String currency) {

		@Override
		public String toString() {
			return String.format("%d.%02d %s", this.cents / 100, this.cents % 100, this.currency);
		}

	}

	record Order(String id, String isbn, int quantity, Money total) {
	}

	record SalesReport(int year, int booksSold, Money revenue) {
	}

}
