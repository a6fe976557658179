package io.rpcboot.it;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rpcboot.it.api.Shop.Color;
import io.rpcboot.it.api.Shop.Item;
import io.rpcboot.it.api.Shop.Money;
import io.rpcboot.it.client.ShopClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls through the client proxy, over real HTTP, to a real server: values come back whole. */
class ClientRoundTripTests {

	static RoundTrip roundTrip;

	static ShopClient shop;

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip();
		shop = roundTrip.client().getBean(ShopClient.class);
	}

	@AfterAll
	static void stop() {
		roundTrip.close();
	}

	@Test
	void primitivesAndOverloads() {
		assertThat(shop.add(2, 3)).isEqualTo(5);
		assertThat(shop.greet("Ada")).isEqualTo("Hello, Ada");
		assertThat(shop.greet("Hi", "Ada")).isEqualTo("Hi, Ada");
		assertThat(shop.greet("Hi", "Dr.", "Ada")).isEqualTo("Hi, Dr. Ada");
	}

	@Test
	void recordsAndGenerics() {
		assertThat(shop.item("abc")).isEqualTo(new Item("abc", "Item abc", new Money(300, "EUR")));
		assertThat(shop.items(List.of("a", "bb"))).extracting(Item::sku).containsExactly("a", "bb");
		assertThat(shop.prices()).isEqualTo(Map.of("apple", new Money(50, "EUR"), "pear", new Money(70, "EUR")));
		assertThat(shop.find("x")).contains(shop.item("x"));
		assertThat(shop.find("none")).isEqualTo(Optional.empty());
		assertThat(shop.epoch(86400)).isEqualTo(Instant.parse("1970-01-02T00:00:00Z"));
		assertThat(shop.color("GREEN")).isEqualTo(Color.GREEN);
	}

	@Test
	void voidMethodRuns() {
		shop.record("opened");
		assertThat(shop.recorded()).contains("opened");
	}

	@Test
	void completableFutureIsAsynchronous() throws Exception {
		var future = shop.later("done", 300);
		assertThat(future).as("returned before the server answered").isNotDone();
		assertThat(future.get(5, TimeUnit.SECONDS)).isEqualTo("DONE");
	}

	@Test
	void objectMethodsAndDefaultMethodsAreLocal() {
		assertThat(shop.toString()).contains("ShopClient").contains(roundTrip.baseUrl() + "/rpc/Shop");
		assertThat(shop).isEqualTo(shop);
		assertThat(shop.hashCode()).isEqualTo(System.identityHashCode(shop));
		assertThat(shop.localGreeting()).startsWith("local");
	}

}
