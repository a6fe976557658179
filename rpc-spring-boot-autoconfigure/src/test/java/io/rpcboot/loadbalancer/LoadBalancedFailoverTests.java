package io.rpcboot.loadbalancer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.RpcException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.loadbalancer.api.Stock.Count;
import io.rpcboot.loadbalancer.client.AttemptLog;
import io.rpcboot.loadbalancer.client.StockClient;
import io.rpcboot.loadbalancer.client.StockFutures;
import io.rpcboot.loadbalancer.server.StockService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * {@code lb://stock} against real instances found through Spring Cloud's simple discovery
 * list: traffic reaches every instance, and a call that may be resent fails over to another.
 */
class LoadBalancedFailoverTests {

	private static final int CALLERS = 4;

	private final ExecutorService callers = Executors.newCachedThreadPool();

	private final StockInstances instances = new StockInstances();

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
		this.instances.close();
	}

	@Test
	void bothInstancesServeAndNoIdempotentCallIsLostWhileOneIsUp() throws Exception {
		ConfigurableApplicationContext first = this.instances.start("first", "server.shutdown=graceful");
		ConfigurableApplicationContext second = this.instances.start("second");
		ConfigurableApplicationContext client = this.instances.client("rpc.client.services.stock.timeout=10s");
		StockClient stock = client.getBean(StockClient.class);
		AttemptLog attempts = client.getBean(AttemptLog.class);
		Load load = new Load(stock);
		load.runUntil(300);
		assertThat(service(first).counted()).as("calls the first instance ran").isPositive();
		assertThat(service(second).counted()).as("calls the second instance ran").isPositive();
		// the first instance shuts down gracefully while the calls go on
		SpringApplication.exit(first);
		int secondBefore = service(second).counted();
		load.runUntil(load.succeeded() + 300);
		load.stop();
		assertThat(load.failures()).as("calls lost while an instance was up").isEmpty();
		assertThat(service(second).counted() - secondBefore).isGreaterThanOrEqualTo(300);
		assertThat(attempts.count("SUCCESS:" + StockInstances.port(second))).isGreaterThanOrEqualTo(300);
		System.out.println("Attempts while the first instance shut down: " + attempts.outcomes());
		// then the second is killed: nothing is left to take a call
		StockInstances.kill(second);
		RpcUnavailableException last = null;
		for (int i = 0; i < 10; i++) {
			last = catchThrowableOfType(RpcUnavailableException.class, () -> stock.count(0));
			assertThat(last).as("call %d after both instances went", i).isNotNull();
		}
		// its pooled connections fail first ("no whole answer"), then no connection opens
		assertThat(last).hasMessageStartingWith("Stock.count: cannot reach http://127.0.0.1:");
	}

	@Test
	void callThatMayHaveRunIsNotResentToAnotherInstance() throws Exception {
		ConfigurableApplicationContext first = this.instances.start("first");
		ConfigurableApplicationContext second = this.instances.start("second");
		StockClient stock = this.instances.client("rpc.client.services.stock.timeout=20s").getBean(StockClient.class);
		List<Future<Count>> calls = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			int n = i;
			calls.add(this.callers.submit(() -> stock.take(n, 3000)));
		}
		awaitTaken(first, second, CALLERS);
		int takenByFirst = service(first).taken();
		int takenBySecond = service(second).taken();
		assertThat(takenByFirst).isPositive();
		StockInstances.kill(first);
		List<Count> answers = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		for (Future<Count> call : calls) {
			try {
				answers.add(call.get(30, TimeUnit.SECONDS));
			}
			catch (ExecutionException ex) {
				failures.add(ex.getCause());
			}
		}
		assertThat(failures).hasSize(takenByFirst)
			.allSatisfy((failure) -> assertThat(failure).isInstanceOf(RpcUnavailableException.class)
				.hasMessageContaining("the call may have run"));
		assertThat(answers).hasSize(takenBySecond).allSatisfy((answer) -> assertThat(answer.instance()).isEqualTo("second"));
		assertThat(service(second).taken()).as("calls the second instance ran").isEqualTo(takenBySecond);
	}

	@Test
	void callsFailOverFromAnInstanceThatIsDownWithoutSpendingTheRetryBudget() throws Exception {
		this.instances.listDead();
		ConfigurableApplicationContext live = this.instances.start("live");
		StockClient stock = this.instances.client("rpc.client.services.stock.retry.max-attempts=2")
			.getBean(StockClient.class);
		// half the calls go to the dead instance first: far more resends than the budget's 10 + 0.1 per call
		for (int n = 0; n < 300; n++) {
			// not idempotent, yet resent: the refused connection proves it never left
			assertThat(stock.take(n, 0)).isEqualTo(new Count("live", n));
		}
		assertThat(service(live).taken()).as("each call ran once").isEqualTo(300);
	}

	@Test
	void futureCallsFailOverFromAnInstanceThatIsDown() throws Exception {
		this.instances.listDead();
		ConfigurableApplicationContext live = this.instances.start("live");
		// calls in flight at once share the balancer's round robin: another call's choice can come
		// between a resend's two asks and hand it the dead instance again (with 2 attempts, one
		// call of 100 failed so in a loaded run)
		StockFutures stock = this.instances.client("rpc.client.services.stock.retry.max-attempts=4")
			.getBean(StockFutures.class);
		List<CompletableFuture<Count>> calls = new ArrayList<>();
		for (int n = 0; n < 100; n++) {
			calls.add(stock.take(n, 0));
		}
		for (int n = 0; n < 100; n++) {
			// not idempotent, yet resent: the refused connection proves it never left
			assertThat(calls.get(n).get(30, TimeUnit.SECONDS)).isEqualTo(new Count("live", n));
		}
		assertThat(service(live).taken()).as("each call ran once").isEqualTo(100);
	}

	@Test
	void serviceWithoutInstancesIsUnavailableAndTheCallIsNeverSent() {
		ConfigurableApplicationContext client = this.instances.client("rpc.client.services.stock.retry.max-attempts=2",
				"rpc.client.services.stock.retry.initial-backoff=1ms");
		StockClient stock = client.getBean(StockClient.class);
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> stock.take(1, 0))
			.withMessage("Stock.take: no instance of 'stock' is available (Spring Cloud LoadBalancer found none)");
		// not idempotent, yet tried again: it was never sent
		assertThat(client.getBean(AttemptLog.class).outcomes()).containsExactly(entry("DISCARD", 2L));
	}

	private static StockService service(ConfigurableApplicationContext server) {
		return StockInstances.service(server);
	}

	private static void awaitTaken(ConfigurableApplicationContext first, ConfigurableApplicationContext second,
			int calls) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (service(first).taken() + service(second).taken() < calls) {
			assertThat(System.nanoTime()).as("every call started").isLessThan(end);
			Thread.sleep(5);
		}
	}

	/** Callers that call {@code count} in a loop, each checking its answer, until stopped. */
	private final class Load {

		private final StockClient stock;

		private final AtomicInteger next = new AtomicInteger();

		private final LongAdder succeeded = new LongAdder();

		private final Map<String, LongAdder> byInstance = new ConcurrentHashMap<>();

		private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final List<Future<?>> loops = new ArrayList<>();

		Load(StockClient stock) {
			this.stock = stock;
			for (int i = 0; i < CALLERS; i++) {
				this.loops.add(LoadBalancedFailoverTests.this.callers.submit(this::loop));
			}
		}

		private void loop() {
			while (this.running.get()) {
				int n = this.next.incrementAndGet();
				try {
					Count count = this.stock.count(n);
					assertThat(count.n()).isEqualTo(n);
					this.byInstance.computeIfAbsent(count.instance(), (name) -> new LongAdder()).increment();
					this.succeeded.increment();
				}
				catch (RpcException | AssertionError ex) {
					this.failures.add(ex);
				}
			}
		}

		int succeeded() {
			return this.succeeded.intValue();
		}

		List<Throwable> failures() {
			return List.copyOf(this.failures);
		}

		void runUntil(int succeeded) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (succeeded() < succeeded && this.failures.isEmpty()) {
				assertThat(System.nanoTime()).as("%d calls succeeded", succeeded).isLessThan(end);
				Thread.sleep(2);
			}
		}

		void stop() throws Exception {
			this.running.set(false);
			for (Future<?> loop : this.loops) {
				loop.get(30, TimeUnit.SECONDS);
			}
		}

	}

}
