package io.rpcboot.demo.client;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

import io.rpcboot.RpcException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.demo.api.OutOfStockException;

/** The demo: one remote call per feature, each printed as {@code call -> outcome}. */
@Component
class DemoCalls implements CommandLineRunner {

	private static final String EFFECTIVE_JAVA = "978-0134685991";

	private static final Duration SERVER_WAIT = Duration.ofSeconds(60);

	private final BookstoreClient bookstore;

	private final ObservedCalls observed;

	private final PrintStream out = System.out;

	DemoCalls(BookstoreClient bookstore, ObservedCalls observed) {
		this.bookstore = bookstore;
		this.observed = observed;
	}

	@Override
	public void run(String... args) throws Exception {
		awaitServer();
		this.out.println("demo-client calls " + this.bookstore + ":");
		print("book(\"" + EFFECTIVE_JAVA + "\")", this.bookstore.book(EFFECTIVE_JAVA));
		print("search(\"java\")", this.bookstore.search("java"));
		print("search(\"java\", 1)", this.bookstore.search("java", 1));
		this.bookstore.review(EFFECTIVE_JAVA, 5);
		print("review(\"" + EFFECTIVE_JAVA + "\", 5)", "done (void)");
		print("order(\"" + EFFECTIVE_JAVA + "\", 2)", this.bookstore.order(EFFECTIVE_JAVA, 2));
		try {
			this.bookstore.order(EFFECTIVE_JAVA, 50);
		}
		catch (OutOfStockException ex) {
			print("order(\"" + EFFECTIVE_JAVA + "\", 50)", "threw " + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage());
		}
		CompletableFuture<?> stock = this.bookstore.stock();
		print("stock()", "returned at once, done=" + stock.isDone() + "; later: " + stock.get(10, TimeUnit.SECONDS));
		print("salesReport(2025) [timeout 5s]", this.bookstore.salesReport(2025));
		long start = System.nanoTime();
		try {
			this.bookstore.restock(EFFECTIVE_JAVA, 10);
		}
		catch (RpcException ex) {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			print("restock(\"" + EFFECTIVE_JAVA + "\", 10) [timeout 1s]", "threw " + ex.getClass().getSimpleName()
					+ " after " + millis + " ms (" + ex.code() + "): " + ex.getMessage());
		}
		this.observed.print();
		this.out.println("Demo finished: every call above went over HTTP to demo-server.");
	}

	/** The demo starts both apps at once: wait for the server's port to open. */
	private void awaitServer() throws InterruptedException {
		long deadline = System.nanoTime() + SERVER_WAIT.toNanos();
		while (true) {
			try {
				this.bookstore.search("");
				return;
			}
			catch (RpcUnavailableException | RpcTimeoutException ex) {
				// not listening yet, or listening but not answering yet: a server still starting
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(250);
			}
		}
	}

	private void print(String call, Object outcome) {
		this.out.println("  " + call + "\n      -> " + outcome);
	}

}
