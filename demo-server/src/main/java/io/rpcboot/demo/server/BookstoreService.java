package io.rpcboot.demo.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.rpcboot.RpcService;
import io.rpcboot.demo.api.Bookstore;
import io.rpcboot.demo.api.OutOfStockException;

/** The demo's implementation: an in-memory catalogue and stock. */
@RpcService
public class BookstoreService implements Bookstore {

	private static final Log logger = LogFactory.getLog(BookstoreService.class);

	private static final List<Book> CATALOGUE = List.of(
			new Book("978-0134685991", "Effective Java", "Joshua Bloch", new Money(4599, "EUR")),
			new Book("978-0321349606", "Java Concurrency in Practice", "Brian Goetz", new Money(5299, "EUR")),
			new Book("978-1617294945", "Spring in Action", "Craig Walls", new Money(4999, "EUR")));

	private final ConcurrentMap<String, Integer> stock = new ConcurrentHashMap<>(
			Map.of("978-0134685991", 3, "978-0321349606", 1, "978-1617294945", 7));

	private final AtomicInteger orders = new AtomicInteger();

	private final WarehouseClient warehouse;

	public BookstoreService(WarehouseClient warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public Book book(String isbn) {
		return CATALOGUE.stream()
			.filter((book) -> book.isbn().equals(isbn))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no book with ISBN " + isbn));
	}

	@Override
	public List<Book> search(String text) {
		return search(text, Integer.MAX_VALUE);
	}

	@Override
	public List<Book> search(String text, int limit) {
		String lower = text.toLowerCase();
		return CATALOGUE.stream()
			.filter((book) -> (book.title() + " " + book.author()).toLowerCase().contains(lower))
			.limit(limit)
			.toList();
	}

	@Override
	public void review(String isbn, int stars) {
		logger.info("Review of " + book(isbn).title() + ": " + "*".repeat(stars));
	}

	@Override
	public Order order(String isbn, int quantity) throws OutOfStockException {
		Book book = book(isbn);
		int left = this.stock.getOrDefault(isbn, 0);
		if (quantity > left) {
			throw new OutOfStockException("only " + left + " of '" + book.title() + "' left, " + quantity + " ordered");
		}
		this.stock.put(isbn, left - quantity);
		Money total = new Money(book.price().cents() * quantity, book.price().currency());
		return new Order("order-" + this.orders.incrementAndGet(), isbn, quantity, total);
	}

	@Override
	public CompletableFuture<Map<String, Integer>> stock() {
		// completes on another thread, later: no request thread waits for it
		return CompletableFuture.supplyAsync(() -> Map.copyOf(this.stock),
				CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));
	}

	@Override
	public SalesReport salesReport(int year) {
		pause(Duration.ofMillis(1500));
		return new SalesReport(year, 1234, new Money(5_843_210, "EUR"));
	}

	/**
	 * Asks the warehouse, another RPC service: that call's own timeout is 10 s, yet it ends at
	 * this call's deadline (demo-client gives restock 1 s), and the warehouse stops working.
	 */
	@Override
	public Book restock(String isbn, int quantity) {
		Book book = book(isbn);
		this.stock.merge(isbn, this.warehouse.deliver(isbn, quantity), Integer::sum);
		return book;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			// the caller's deadline passed: rpcboot interrupts the call, so stop working for nobody
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted: the caller's deadline passed");
		}
	}

}
