package io.rpcboot.it;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import io.rpcboot.RpcTimeoutException;
import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.server.ShopService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With {@code spring.threads.virtual.enabled=true} on server and client, deadlines and
 * interrupts hold as on platform threads: the server answers 504 at the deadline and
 * interrupts the method's (virtual) thread; a blocking call made on a virtual thread, and a
 * future call, end at their deadline.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadsTests {

	static RoundTrip roundTrip;

	static ShopClient shop;

	static WireClient wire;

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip("spring.threads.virtual.enabled=true");
		shop = roundTrip.client("spring.threads.virtual.enabled=true", "rpc.client.services.Shop.timeout=300ms")
			.getBean(ShopClient.class);
		wire = new WireClient(roundTrip);
	}

	@AfterAll
	static void stop() {
		roundTrip.close();
	}

	@Test
	void serverAnswersAtTheDeadlineAndInterruptsTheMethodsVirtualThread() throws InterruptedException {
		wire.assertSleepEndsAtItsDeadlineAndIsInterrupted();
		assertThat(ShopService.lastSleeper).as("the method ran on a virtual thread").matches(VirtualThreadsTests::isVirtual);
	}

	@Test
	void blockingCallFromAVirtualThreadEndsAtItsDeadline() throws Exception {
		long start = System.nanoTime();
		boolean virtual = onAVirtualThread(() -> {
			// the server's 504 ("the deadline passed while the call ran") or the client's watchdog
			// ("no answer within 300ms"), whichever the machine's load lets come first
			assertThatExceptionOfType(RpcTimeoutException.class).isThrownBy(() -> shop.sleep(5000));
			return isVirtual(Thread.currentThread());
		});
		assertThat(virtual).as("called from a virtual thread").isTrue();
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(250L, 4000L);
	}

	@Test
	void futureCallFromAVirtualThreadEndsAtItsDeadline() throws Exception {
		long start = System.nanoTime();
		Throwable failure = onAVirtualThread(() -> {
			try {
				shop.later("x", 5000).get(10, TimeUnit.SECONDS);
				return null;
			}
			catch (ExecutionException ex) {
				return ex.getCause();
			}
		});
		assertThat(failure).isInstanceOf(RpcTimeoutException.class);
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(250L, 4000L);
	}

	/**
	 * Runs the call on a virtual thread of its own, and waits for it
	 * ({@code Executors.newVirtualThreadPerTaskExecutor()}, which Java 17 bytecode cannot name).
	 */
	private static <T> T onAVirtualThread(Callable<T> call) throws Exception {
		ExecutorService virtualThreads = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
			.invoke(null);
		try {
			return virtualThreads.submit(call).get(15, TimeUnit.SECONDS);
		}
		finally {
			virtualThreads.shutdownNow();
		}
	}

	private static boolean isVirtual(Thread thread) {
		try {
			return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

}
