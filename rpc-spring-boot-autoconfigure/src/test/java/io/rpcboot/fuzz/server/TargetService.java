package io.rpcboot.fuzz.server;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcService;

/** Reports every invocation to the exchange it belongs to, and every failure it causes itself. */
@RpcService
public class TargetService implements Target {

	@Override
	public int add(int a, int b) {
		Exchanges.invoked("add");
		return a + b;
	}

	@Override
	public String echo(String text) {
		Exchanges.invoked("echo");
		return text;
	}

	@Override
	public BigDecimal total(List<BigDecimal> amounts) {
		Exchanges.invoked("total");
		// a BigDecimal arrives exact, exponent and all: 1e+99999999 is ten characters, and adding it to
		// a number of another scale builds a 100-million-digit BigInteger. A service bounds what it adds.
		for (BigDecimal amount : amounts) {
			if (amount != null && (Math.abs(amount.scale()) > 1_000 || amount.precision() > 1_000)) {
				Exchanges.failedOwn(RpcCode.INVALID_ARGUMENT);
				throw new IllegalArgumentException("amounts have at most 1000 digits, and an exponent of at most 1000");
			}
		}
		try {
			return amounts.stream().filter((amount) -> amount != null).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		catch (ArithmeticException ex) { // 1e999999999 arrives exact, and no sum can align its scale
			Exchanges.failedOwn(RpcCode.INTERNAL);
			throw ex;
		}
	}

	@Override
	public Map<String, Integer> counts(Map<String, Integer> counts) {
		Exchanges.invoked("counts");
		return counts;
	}

	@Override
	public Order place(Order order) throws RejectedException {
		Exchanges.invoked("place");
		if (order != null && order.quantity() > 100) {
			Exchanges.failedOwn(RpcCode.FAILED_PRECONDITION);
			throw new RejectedException("at most 100 of " + order.sku());
		}
		return order;
	}

	@Override
	public String greet(String name) {
		Exchanges.invoked("greet/1");
		return "Hello, " + name;
	}

	@Override
	public String greet(String greeting, String name) {
		Exchanges.invoked("greet/2");
		return greeting + ", " + name;
	}

	@Override
	public String maybe(Optional<String> value) {
		Exchanges.invoked("maybe");
		return (value != null) ? value.orElse("empty") : "null";
	}

	@Override
	public void ping() {
		Exchanges.invoked("ping");
	}

	@Override
	public String fail(String kind) throws RejectedException {
		Exchanges.invoked("fail");
		if ("argument".equals(kind)) {
			Exchanges.failedOwn(RpcCode.INVALID_ARGUMENT);
			throw new IllegalArgumentException("kind must be polite");
		}
		if ("state".equals(kind)) {
			Exchanges.failedOwn(RpcCode.INTERNAL);
			throw new IllegalStateException("secret internal state");
		}
		if ("rejected".equals(kind)) {
			Exchanges.failedOwn(RpcCode.FAILED_PRECONDITION);
			throw new RejectedException("rejected on purpose");
		}
		return String.valueOf(kind);
	}

	@Override
	public CompletableFuture<String> later(String value) {
		Exchanges.invoked("later");
		return CompletableFuture.supplyAsync(() -> String.valueOf(value),
				CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS));
	}

	@Override
	public long square(long value) {
		Exchanges.invoked("square");
		return value * value;
	}

}
