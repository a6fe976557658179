package io.rpcboot.it.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcService;
import io.rpcboot.it.api.DiscontinuedException;
import io.rpcboot.it.api.OutOfStockException;
import io.rpcboot.it.api.Shop;

@RpcService
public class ShopService implements Shop {

	/** Counted down when a sleeping call is interrupted, so a test can see that it was. */
	public static volatile CountDownLatch interrupted = new CountDownLatch(1);

	/** The thread that ran the latest call to {@link #sleep}. */
	public static volatile @Nullable Thread lastSleeper;

	/** The future of the latest call to {@link #later}, so a test can see whether it was cancelled. */
	public static volatile @Nullable CompletableFuture<String> lastLater;

	private final List<String> events = new CopyOnWriteArrayList<>();

	private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

	@Override
	public int add(int a, int b) {
		this.calls.incrementAndGet();
		return a + b;
	}

	@Override
	public String typeOf(Object value) {
		return (value != null) ? value.getClass().getName() : "null";
	}

	@Override
	public List<String> typesIn(Map<String, Object> values) {
		return values.values().stream().map(this::typeOf).toList();
	}

	@Override
	public int calls() {
		return this.calls.get();
	}

	@Override
	public String maybe(Optional<String> value) {
		return value.orElse("empty");
	}

	@Override
	public String stubborn(long millis) {
		long end = System.nanoTime() + millis * 1_000_000;
		while (System.nanoTime() < end) {
			try {
				Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
			}
			catch (InterruptedException ex) {
				// carries on regardless
			}
		}
		return "done";
	}

	@Override
	public String nothing() {
		return null;
	}

	@Override
	public int count(List<Integer> values) {
		return values.size();
	}

	@Override
	public String greet(String name) {
		return "Hello, " + name;
	}

	@Override
	public String greet(String greeting, String name) {
		return greeting + ", " + name;
	}

	@Override
	public String greet(String greeting, String title, String name) {
		return greeting + ", " + title + " " + name;
	}

	@Override
	public Item item(String sku) {
		return new Item(sku, "Item " + sku, new Money(sku.length() * 100L, "EUR"));
	}

	@Override
	public List<Item> items(List<String> skus) {
		return skus.stream().map(this::item).toList();
	}

	@Override
	public Map<String, Money> prices() {
		return Map.of("apple", new Money(50, "EUR"), "pear", new Money(70, "EUR"));
	}

	@Override
	public Optional<Item> find(String sku) {
		return "none".equals(sku) ? Optional.empty() : Optional.of(item(sku));
	}

	@Override
	public Instant epoch(long seconds) {
		return Instant.ofEpochSecond(seconds);
	}

	@Override
	public Color color(String name) {
		return Color.valueOf(name);
	}

	@Override
	public void record(String event) {
		this.calls.incrementAndGet();
		this.events.add(event);
	}

	@Override
	public List<String> recorded() {
		return List.copyOf(this.events);
	}

	@Override
	public CompletableFuture<String> later(String value, long delayMillis) {
		CompletableFuture<String> future = CompletableFuture.supplyAsync(() -> value.toUpperCase(),
				CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS));
		lastLater = future;
		return future;
	}

	@Override
	public CompletableFuture<String> laterFailing(String message) {
		return CompletableFuture.failedFuture(new IllegalArgumentException(message));
	}

	@Override
	public String sleep(long millis) {
		this.calls.incrementAndGet();
		lastSleeper = Thread.currentThread();
		try {
			Thread.sleep(millis);
			return "slept " + millis;
		}
		catch (InterruptedException ex) {
			interrupted.countDown();
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	@Override
	public String sleepAnnotated(long millis) {
		return sleep(millis);
	}

	@Override
	public Item order(String sku, int quantity) throws OutOfStockException {
		if (quantity > 10) {
			throw new OutOfStockException("only 10 of " + sku + " left");
		}
		return item(sku);
	}

	@Override
	public String fail(String kind) {
		return switch (kind) {
			case "argument" -> throw new IllegalArgumentException("kind must be polite");
			case "state" -> throw new IllegalStateException("secret internal state");
			case "discontinued" -> throw new DiscontinuedException("apples are no longer sold");
			case "missing" -> throw new NoSuchElementException("no item 'pear'"); // see rpc.server.exceptions
			default -> kind;
		};
	}

}
