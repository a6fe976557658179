package io.rpcboot.fuzz.server;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.rpcboot.RpcMethod;

/**
 * The service the fuzzer calls: every kind of parameter and outcome that the request path
 * handles, and no method that takes long, so that any slow answer is the server's doing.
 */
public interface Target {

	int add(int a, int b);

	String echo(String text);

	BigDecimal total(List<BigDecimal> amounts);

	Map<String, Integer> counts(Map<String, Integer> counts);

	Order place(Order order) throws RejectedException;

	String greet(String name);

	String greet(String greeting, String name);

	String maybe(Optional<String> value);

	void ping();

	/** Throws what {@code kind} names: {@code argument} (400), {@code state} (500), {@code rejected} (422). */
	String fail(String kind) throws RejectedException;

	/** Completes a moment later, on another thread. */
	CompletableFuture<String> later(String value);

	@RpcMethod(timeout = "1s", idempotent = true)
	long square(long value);

	record Order(String sku, int quantity, BigDecimal price, Optional<String> note) {
	}

	/** An application exception declared in a {@code throws} clause: 422 {@code failed_precondition}. */
	class RejectedException extends Exception {

		public RejectedException(String message) {
			super(message);
		}

	}

}
