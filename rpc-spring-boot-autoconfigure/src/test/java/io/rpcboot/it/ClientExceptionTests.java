package io.rpcboot.it;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.client.ClientSpec;
import io.rpcboot.client.RpcClientFactory;
import io.rpcboot.it.api.DiscontinuedException;
import io.rpcboot.it.api.OutOfStockException;
import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.other.OtherShop;
import io.rpcboot.server.RpcServiceRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** What the client proxy throws for each kind of error answer from a real server. */
class ClientExceptionTests {

	static RoundTrip roundTrip;

	static ShopClient shop;

	static OtherShop otherShop;

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip("rpc.server.exceptions[java.util.NoSuchElementException]=unimplemented");
		var client = roundTrip.client();
		shop = client.getBean(ShopClient.class);
		otherShop = client.getBean(RpcClientFactory.class)
			.create(OtherShop.class, new ClientSpec("Shop", "Shop", null));
	}

	@AfterAll
	static void stop() {
		roundTrip.close();
	}

	@Test
	void declaredExceptionIsRethrownByFullyQualifiedName() {
		assertThatExceptionOfType(OutOfStockException.class).isThrownBy(() -> shop.order("apple", 11))
			.withMessage("only 10 of apple left");
	}

	@Test
	void declaredExceptionIsRethrownBySimpleName() {
		assertThatExceptionOfType(io.rpcboot.it.other.OutOfStockException.class)
			.isThrownBy(() -> otherShop.order("apple", 11))
			.withMessage("only 10 of apple left");
		assertThat(otherShop.order("apple", 1)).containsEntry("sku", "apple");
	}

	@Test
	void undeclaredServerExceptionIsInternal() {
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> shop.fail("state")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INTERNAL);
			assertThat(ex.status()).isEqualTo(500);
			assertThat(ex.remoteType()).isNull();
			assertThat(ex.service()).isEqualTo("Shop");
			assertThat(ex.method()).isEqualTo("fail");
			assertThat(ex.getMessage()).startsWith("Shop.fail: internal error").doesNotContain("secret");
		});
	}

	@Test
	void exportedExceptionIsRethrownWhereTheClientDeclaresIt() {
		assertThatExceptionOfType(DiscontinuedException.class).isThrownBy(() -> otherShop.fail("discontinued"))
			.withMessage("apples are no longer sold");
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> shop.fail("discontinued"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.FAILED_PRECONDITION);
				assertThat(ex.status()).isEqualTo(422);
				assertThat(ex.remoteType()).isEqualTo(DiscontinuedException.class.getName());
				assertThat(ex.remoteMessage()).isEqualTo("apples are no longer sold");
			});
	}

	@Test
	void configuredExceptionTravelsWithItsCode() {
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> shop.fail("missing")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.UNIMPLEMENTED);
			assertThat(ex.status()).isEqualTo(404);
			assertThat(ex.remoteType()).isEqualTo("java.util.NoSuchElementException");
			assertThat(ex.remoteMessage()).isEqualTo("no item 'pear'");
		});
	}

	@Test
	void illegalArgumentIsInvalidArgument() {
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(() -> shop.fail("argument")).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.INVALID_ARGUMENT);
			assertThat(ex.status()).isEqualTo(400);
			assertThat(ex.remoteMessage()).isEqualTo("kind must be polite");
			assertThat(ex.getMessage()).isEqualTo("Shop.fail: kind must be polite (HTTP 400)");
		});
	}

	@Test
	void methodTheServerLacksIsUnimplemented() {
		assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(otherShop::missing).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(RpcCode.UNIMPLEMENTED);
			assertThat(ex.status()).isEqualTo(404);
			assertThat(ex.method()).isEqualTo("missing");
		});
	}

	@Test
	void failedFutureCompletesWithTheContractException() {
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> shop.laterFailing("no").get(5, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOfSatisfying(RpcRemoteException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(RpcCode.INVALID_ARGUMENT));
	}

	@Test
	void deadlineEndsTheCallInBoundedTime() {
		ShopClient impatient = roundTrip.client("rpc.client.timeout=300ms").getBean(ShopClient.class);
		long start = System.nanoTime();
		assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> impatient.sleep(3000))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.DEADLINE_EXCEEDED);
				assertThat(ex.getMessage()).startsWith("Shop.sleep: ");
			});
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> impatient.later("x", 3000).get(5, TimeUnit.SECONDS))
			.withCauseInstanceOf(RpcTimeoutException.class);
	}

	/**
	 * The server answers 504 at the deadline it was sent and the client waits for it, so both
	 * count a passed deadline; a caller that hung up first would still be counted so.
	 */
	@Test
	void serverAnswersTheDeadlineBeforeTheClientGivesUp() {
		ShopClient impatient = roundTrip.client("rpc.client.timeout=300ms").getBean(ShopClient.class);
		RpcServiceRegistry registry = roundTrip.server().getBean(RpcServiceRegistry.class);
		long before = sleepCalls(registry, "DEADLINE_EXCEEDED");
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> impatient.sleep(3000))
				.withMessageStartingWith("Shop.sleep: ");
		}
		// the server counts a call once its answer is written, which may be just after the client read it
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(sleepCalls(registry, "DEADLINE_EXCEEDED") - before).isEqualTo(3));
		assertThat(sleepCalls(registry, "UNKNOWN")).isZero();
	}

	private static long sleepCalls(RpcServiceRegistry registry, String code) {
		return registry.exportedServices().stream()
			.filter((service) -> service.name().equals("Shop"))
			.mapToLong((service) -> service.calls().get("sleep").byCode().getOrDefault(code, 0L))
			.sum();
	}

	@Test
	void deadlinePrecedence() {
		// rpc.client.timeout < services.<name>.timeout
		assertTimesOut("rpc.client.timeout=300ms").isTrue();
		assertTimesOut("rpc.client.timeout=300ms", "rpc.client.services.Shop.timeout=5s").isFalse();
		// services.<name>.timeout < methods.<m>.timeout
		assertTimesOut("rpc.client.services.Shop.timeout=5s", "rpc.client.services.Shop.methods.sleep.timeout=300ms")
			.isTrue();
		// services.<name>.timeout < @RpcMethod(timeout = "300ms") < methods.<m>.timeout
		ShopClient annotated = roundTrip.client("rpc.client.services.Shop.timeout=5s").getBean(ShopClient.class);
		assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> annotated.sleepAnnotated(800));
		ShopClient configured = roundTrip.client("rpc.client.services.Shop.methods.sleepAnnotated.timeout=5s")
			.getBean(ShopClient.class);
		assertThat(configured.sleepAnnotated(800)).isEqualTo("slept 800");
	}

	private static org.assertj.core.api.AbstractBooleanAssert<?> assertTimesOut(String... properties) {
		ShopClient client = roundTrip.client(properties).getBean(ShopClient.class);
		try {
			client.sleep(800);
			return assertThat(false);
		}
		catch (RpcTimeoutException ex) {
			return assertThat(true);
		}
	}

}
