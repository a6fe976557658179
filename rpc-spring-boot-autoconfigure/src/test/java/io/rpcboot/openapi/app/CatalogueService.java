package io.rpcboot.openapi.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcService;

@RpcService
public class CatalogueService implements Catalogue {

	static final UUID KNOWN = UUID.fromString("00000000-0000-0000-0000-000000000007");

	static final Instant PLACED = Instant.parse("2026-11-26T10:15:30.123Z");

	@Override
	public Order place(String customer, List<Line> lines, Optional<String> note) {
		BigDecimal total = lines.stream()
			.map((line) -> line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Order(KNOWN, customer, lines, Status.OPEN, PLACED, note, new Money(total, "EUR"));
	}

	@Override
	public Optional<Order> find(UUID id) {
		return KNOWN.equals(id) ? Optional.of(place("ada", List.of(line()), Optional.empty())) : Optional.empty();
	}

	@Override
	public List<Order> orders(Status status, int limit) {
		return List.of(new Order(KNOWN, "ada", List.of(line()), status, PLACED, Optional.of("ring twice"),
				new Money(new BigDecimal("12.50"), "EUR")));
	}

	@Override
	public Map<String, Money> prices(Set<String> skus) {
		Map<String, Money> prices = new TreeMap<>();
		skus.forEach((sku) -> prices.put(sku, new Money(new BigDecimal("0.1"), "EUR")));
		return prices;
	}

	@Override
	public CompletableFuture<Quote> quote(Line line, LocalDate on) {
		return CompletableFuture.completedFuture(new Quote(line.unitPrice(), on.plusDays(30), Duration.ofMinutes(15),
				0.05, true));
	}

	@Override
	public Instant at(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond);
	}

	@Override
	public void cancel(UUID id, @Nullable String reason) throws AlreadyShippedException {
		if (KNOWN.equals(id)) {
			throw new AlreadyShippedException("order " + id + " has shipped");
		}
	}

	@Override
	public int add(int a, int b) {
		return a + b;
	}

	@Override
	public int add(int a, int b, int c) {
		return a + b + c;
	}

	@Override
	public Instant clock() {
		return PLACED;
	}

	private static Line line() {
		return new Line("book-1", 2, new Money(new BigDecimal("6.25"), "EUR"));
	}

}
