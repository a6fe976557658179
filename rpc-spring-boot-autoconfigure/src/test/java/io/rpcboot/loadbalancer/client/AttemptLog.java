package io.rpcboot.loadbalancer.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycle;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;

/** A user's {@link LoadBalancerLifecycle} bean: counts how each attempt ended, by instance port. */
public class AttemptLog implements LoadBalancerLifecycle<Object, Object, ServiceInstance> {

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	@Override
	public void onStart(Request<Object> request) {
	}

	@Override
	public void onStartRequest(Request<Object> request, Response<ServiceInstance> lbResponse) {
	}

	@Override
	public void onComplete(CompletionContext<Object, ServiceInstance, Object> completionContext) {
		Response<ServiceInstance> response = completionContext.getLoadBalancerResponse();
		String instance = (response != null && response.hasServer()) ? ":" + response.getServer().getPort() : "";
		this.outcomes.computeIfAbsent(completionContext.status() + instance, (key) -> new LongAdder()).increment();
	}

	/** Attempts by {@code STATUS:port} ({@code DISCARD} alone where no instance was chosen). */
	public Map<String, Long> outcomes() {
		Map<String, Long> outcomes = new java.util.TreeMap<>();
		this.outcomes.forEach((key, count) -> outcomes.put(key, count.longValue()));
		return outcomes;
	}

	public long count(String outcome) {
		LongAdder count = this.outcomes.get(outcome);
		return (count != null) ? count.longValue() : 0;
	}

}
