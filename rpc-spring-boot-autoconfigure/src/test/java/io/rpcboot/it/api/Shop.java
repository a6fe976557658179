package io.rpcboot.it.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.rpcboot.RpcMethod;

/** The service every round-trip test calls: one method per behaviour of the contract. */
public interface Shop {

	int add(int a, int b);

	String greet(String name);

	String greet(String greeting, String name);

	@RpcMethod(name = "greetTitled")
	String greet(String greeting, String title, String name);

	Item item(String sku);

	List<Item> items(List<String> skus);

	Map<String, Money> prices();

	Optional<Item> find(String sku);

	Instant epoch(long seconds);

	Color color(String name);

	void record(String event);

	List<String> recorded();

	CompletableFuture<String> later(String value, long delayMillis);

	CompletableFuture<String> laterFailing(String message);

	String sleep(long millis);

	@RpcMethod(timeout = "300ms")
	String sleepAnnotated(long millis);

	Item order(String sku, int quantity) throws OutOfStockException;

	String fail(String kind);

	/** The class of what an {@code Object} parameter was bound to. */
	String typeOf(Object value);

	/** The classes of what a {@code Map<String, Object>} parameter's values were bound to. */
	List<String> typesIn(Map<String, Object> values);

	/** How many calls the server ran, of any method: proves a rejected call never ran. */
	int calls();

	String nothing();

	/** Sleeps, ignoring interrupts: a method that does not cooperate with its deadline. */
	String stubborn(long millis);

	String maybe(Optional<String> value);

	int count(List<Integer> values);

	default String localGreeting() {
		return "local " + getClass().getSimpleName().isEmpty();
	}

	record Item(String sku, String name, Money price) {
	}

	record Money(long cents, String currency) {
	}

	enum Color {

		RED, GREEN

	}

}
