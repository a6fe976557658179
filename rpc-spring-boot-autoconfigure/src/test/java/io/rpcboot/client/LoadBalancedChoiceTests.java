package io.rpcboot.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycle;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;

import io.rpcboot.RpcUnavailableException;
import io.rpcboot.context.IncomingDeadline;
import io.rpcboot.context.IncomingDeadlineExceededException;
import io.rpcboot.loadbalancer.LoadBalancerTargetResolver;
import io.rpcboot.loadbalancer.client.AttemptLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * An {@code lb://} call whose instance cannot be chosen, against a balancer that never answers
 * or fails: the caller sees the contract's exception, capped by the incoming call where one caps
 * it (so that the server answers that call {@code deadline_exceeded}, not {@code internal}), and
 * the application's {@code LoadBalancerLifecycle} beans see every attempt they saw start end.
 */
class LoadBalancedChoiceTests {

	private final AttemptLog attempts = new AttemptLog();

	private RpcClientFactory factory;

	@AfterEach
	void stop() throws Exception {
		if (this.factory != null) {
			this.factory.destroy();
		}
	}

	private Worker worker(Publisher<Response<ServiceInstance>> choice) {
		this.factory = RawPeer.clients("lb://worker", Duration.ofSeconds(30));
		this.factory.setTargetResolvers(List.of(new LoadBalancerTargetResolver(() -> new Balancers(choice, this.attempts))));
		return this.factory.create(Worker.class, new ClientSpec("Worker", "Worker", null));
	}

	@Test
	void cappedCallStillChoosingItsInstanceAtTheIncomingDeadlineSaysWhatCappedIt() {
		Worker worker = worker(Mono.never());
		long start = System.nanoTime();
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter("Front.relay",
				start + TimeUnit.MILLISECONDS.toNanos(300))) {
			assertThatExceptionOfType(IncomingDeadlineExceededException.class).isThrownBy(() -> worker.work("a"))
				.satisfies((ex) -> assertThat(ex.incomingCall()).isEqualTo("Front.relay"))
				.withMessageStartingWith(
						"Worker.work: the deadline passed while choosing an instance of 'worker'; its deadline was ")
				.withMessageEndingWith("ms, capped by the incoming call Front.relay instead of its own 30s");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(this.attempts.outcomes()).as("attempts ended, by outcome").containsExactly(entry("DISCARD", 1L));
	}

	@Test
	void balancerThatFailsEndsEveryAttemptItStarted() {
		Worker worker = worker(Mono.error(new IllegalStateException("registry down")));
		assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> worker.work("a"))
			.withMessage("Worker.work: cannot choose an instance of 'worker' (IllegalStateException: registry down)");
		// never sent, so tried again at once, as many times as rpc.client.retry.max-attempts allows
		assertThat(this.attempts.outcomes()).as("attempts ended, by outcome").containsExactly(entry("DISCARD", 3L));
	}

	interface Worker {

		String work(String job);

	}

	/** Spring Cloud's balancers, one per service id, each answering every choice the same way. */
	private record Balancers(Publisher<Response<ServiceInstance>> choice,
			AttemptLog attempts) implements ReactiveLoadBalancer.Factory<ServiceInstance> {

		@Override
		public ReactiveLoadBalancer<ServiceInstance> getInstance(String serviceId) {
			return (request) -> this.choice;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <X> Map<String, X> getInstances(String name, Class<X> type) {
			return (type == LoadBalancerLifecycle.class) ? Map.of("attemptLog", (X) this.attempts) : Map.of();
		}

		@Override
		public <X> X getInstance(String name, Class<?> clazz, Class<?>... generics) {
			return null;
		}

	}

}
