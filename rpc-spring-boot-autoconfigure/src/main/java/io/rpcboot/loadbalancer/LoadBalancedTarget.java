package io.rpcboot.loadbalancer;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.EmptyResponse;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycle;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycleValidator;
import org.springframework.cloud.client.loadbalancer.LoadBalancerProperties;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestData;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.client.loadbalancer.RetryableRequestContext;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;

import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.RpcTarget;
import io.rpcboot.protocol.RpcOperation;

/**
 * The instances of one service id, chosen per attempt by Spring Cloud LoadBalancer. Each
 * choice tells the balancer the instance where the call's previous attempt failed
 * ({@link RetryableRequestContext}, which Spring Cloud's {@code RetryAwareServiceInstanceListSupplier}
 * filters out where it is configured); whatever the balancer's configuration, an instance this
 * call already failed on is asked for again at most once per such instance, so that a call
 * goes to another instance where there is one. The application's {@link LoadBalancerLifecycle}
 * beans see every attempt.
 */
final class LoadBalancedTarget implements RpcTarget {

	private final String serviceId;

	private final ReactiveLoadBalancer.Factory<ServiceInstance> balancers;

	private volatile @Nullable Set<LoadBalancerLifecycle> lifecycles;

	LoadBalancedTarget(String serviceId, ReactiveLoadBalancer.Factory<ServiceInstance> balancers) {
		this.serviceId = serviceId;
		this.balancers = balancers;
	}

	@Override
	public boolean failsOver() {
		return true;
	}

	@Override
	@SuppressWarnings("unchecked")
	public Server choose(RpcOperation operation, URI uri, @Nullable Server failed, Duration timeLeft) {
		Chosen previous = (failed instanceof Chosen chosen) ? chosen : null;
		Request<RetryableRequestContext> request = new DefaultRequest<>(new RetryableRequestContext(
				(previous != null) ? previous.instance : null, requestData(uri), hint()));
		Set<LoadBalancerLifecycle> lifecycles = lifecycles();
		lifecycles.forEach((lifecycle) -> lifecycle.onStart(request));
		long deadline = System.nanoTime() + timeLeft.toNanos();
		ServiceInstance instance;
		try {
			instance = ask(operation, request, deadline);
			for (int asked = 0; instance != null && previous != null && previous.failedOn(instance)
					&& asked < previous.failures(); asked++) {
				instance = ask(operation, request, deadline);
			}
		}
		catch (RuntimeException ex) { // the deadline passed, or the balancer failed: no instance was chosen
			lifecycles.forEach((lifecycle) -> lifecycle.onComplete(
					new CompletionContext<>(CompletionContext.Status.DISCARD, ex, request, new EmptyResponse())));
			throw ex;
		}
		if (instance == null) {
			lifecycles.forEach((lifecycle) -> lifecycle
				.onComplete(new CompletionContext<>(CompletionContext.Status.DISCARD, request, new EmptyResponse())));
			throw new RpcUnavailableException(operation.service(), operation.name(),
					"no instance of '" + this.serviceId + "' is available (Spring Cloud LoadBalancer found none)", null);
		}
		Response<ServiceInstance> response = new DefaultResponse(instance);
		lifecycles.forEach((lifecycle) -> lifecycle.onStartRequest(request, response));
		return new Chosen(instance, previous, request, response, lifecycles);
	}

	private @Nullable ServiceInstance ask(RpcOperation operation, Request<?> request, long deadline) {
		ReactiveLoadBalancer<ServiceInstance> balancer = this.balancers.getInstance(this.serviceId);
		if (balancer == null) {
			return null;
		}
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw timeout(operation, null);
		}
		try {
			Response<ServiceInstance> response = Mono.from(balancer.choose(request)).block(Duration.ofNanos(left));
			return (response != null && response.hasServer()) ? response.getServer() : null;
		}
		catch (IllegalStateException ex) { // how Reactor says the deadline passed while blocking
			if (deadline - System.nanoTime() <= 0) {
				throw timeout(operation, ex);
			}
			throw unavailable(operation, ex);
		}
		catch (RuntimeException ex) {
			throw unavailable(operation, ex);
		}
	}

	private RpcTimeoutException timeout(RpcOperation operation, @Nullable Throwable cause) {
		return new RpcTimeoutException(operation.service(), operation.name(),
				"the deadline passed while choosing an instance of '" + this.serviceId + "'", cause);
	}

	private RpcUnavailableException unavailable(RpcOperation operation, RuntimeException ex) {
		return new RpcUnavailableException(operation.service(), operation.name(), "cannot choose an instance of '"
				+ this.serviceId + "' (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")", ex);
	}

	private static RequestData requestData(URI uri) {
		return new RequestData(HttpMethod.POST, uri, new HttpHeaders(), new LinkedMultiValueMap<>(), new HashMap<>());
	}

	/** The hint for this service, {@code spring.cloud.loadbalancer.hint.*}, as Spring Cloud's own clients read it. */
	private String hint() {
		LoadBalancerProperties properties = this.balancers.getProperties(this.serviceId);
		if (properties == null) {
			return "default";
		}
		String hint = properties.getHint().get(this.serviceId);
		return (hint != null) ? hint : properties.getHint().getOrDefault("default", "default");
	}

	/** The lifecycle beans of this service's balancer that take our request, response and instance types. */
	@SuppressWarnings("rawtypes")
	private Set<LoadBalancerLifecycle> lifecycles() {
		Set<LoadBalancerLifecycle> lifecycles = this.lifecycles;
		if (lifecycles == null) {
			lifecycles = Set.copyOf(LoadBalancerLifecycleValidator.getSupportedLifecycleProcessors(
					this.balancers.getInstances(this.serviceId, LoadBalancerLifecycle.class),
					RetryableRequestContext.class, Object.class, ServiceInstance.class));
			this.lifecycles = lifecycles;
		}
		return lifecycles;
	}

	/** An instance chosen for one attempt, linked to the instances the call failed on before. */
	private static final class Chosen implements Server {

		private final ServiceInstance instance;

		private final @Nullable Chosen previous;

		private final Request<RetryableRequestContext> request;

		private final Response<ServiceInstance> response;

		@SuppressWarnings("rawtypes")
		private final Set<LoadBalancerLifecycle> lifecycles;

		private final String base;

		@SuppressWarnings("rawtypes")
		Chosen(ServiceInstance instance, @Nullable Chosen previous, Request<RetryableRequestContext> request,
				Response<ServiceInstance> response, Set<LoadBalancerLifecycle> lifecycles) {
			this.instance = instance;
			this.previous = previous;
			this.request = request;
			this.response = response;
			this.lifecycles = lifecycles;
			String base = instance.getUri().toString();
			this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		}

		@Override
		public URI uri(URI callUri) {
			return URI.create(this.base + callUri.getRawPath());
		}

		@Override
		@SuppressWarnings("unchecked")
		public void attemptEnded(@Nullable Throwable failure) {
			// the instance answered, even with an error of the call's own: only a call it never answered failed it
			boolean failed = failure instanceof RpcUnavailableException || failure instanceof RpcTimeoutException;
			CompletionContext<Object, ServiceInstance, RetryableRequestContext> completion = failed
					? new CompletionContext<>(CompletionContext.Status.FAILED, failure, this.request, this.response)
					: new CompletionContext<>(CompletionContext.Status.SUCCESS, this.request, this.response);
			this.lifecycles.forEach((lifecycle) -> lifecycle.onComplete(completion));
		}

		boolean failedOn(ServiceInstance candidate) {
			for (Chosen chosen = this; chosen != null; chosen = chosen.previous) {
				if (sameAddress(chosen.instance, candidate)) {
					return true;
				}
			}
			return false;
		}

		int failures() {
			int failures = 0;
			for (Chosen chosen = this; chosen != null; chosen = chosen.previous) {
				failures++;
			}
			return failures;
		}

		private static boolean sameAddress(ServiceInstance a, ServiceInstance b) {
			return a.getPort() == b.getPort() && a.getHost().equalsIgnoreCase(b.getHost());
		}

	}

}
