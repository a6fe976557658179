package io.rpcboot.openapi.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcMethod;

/** Records, enums, generics, {@code Optional}, {@code java.time} and {@code BigDecimal} on the wire. */
public interface Catalogue {

	Order place(String customer, List<Line> lines, Optional<String> note);

	Optional<Order> find(UUID id);

	List<Order> orders(Status status, int limit);

	Map<String, Money> prices(Set<String> skus);

	CompletableFuture<Quote> quote(Line line, LocalDate on);

	Instant at(long epochSecond);

	void cancel(UUID id, @Nullable String reason) throws AlreadyShippedException;

	int add(int a, int b);

	/** An overload: one name, another arity. */
	int add(int a, int b, int c);

	@RpcMethod(name = "now")
	Instant clock();

	record Order(UUID id, String customer, List<Line> lines, Status status, Instant placed, Optional<String> note,
			Money total) {
	}

	record Line(String sku, int quantity, Money unitPrice) {
	}

	record Money(BigDecimal amount, String currency) {
	}

	record Quote(Money price, LocalDate validUntil, Duration holdFor, double discount, boolean firm) {
	}

	enum Status {

		OPEN, SHIPPED, CANCELLED

	}

	class AlreadyShippedException extends Exception {

		public AlreadyShippedException(String message) {
			super(message);
		}

	}

}
