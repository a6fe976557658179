package io.rpcboot.loadbalancer;

import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;

import io.rpcboot.client.RpcTarget;
import io.rpcboot.client.RpcTargetResolver;

/**
 * Resolves {@code lb://<service-id>[/context-path]} URLs: each attempt goes to an instance of
 * the service that Spring Cloud LoadBalancer chooses (its {@code ReactiveLoadBalancer.Factory},
 * so the application's {@code spring.cloud.loadbalancer.*} settings, discovery client and
 * {@code LoadBalancerLifecycle} beans apply).
 */
public class LoadBalancerTargetResolver implements RpcTargetResolver {

	/** The scheme of a load-balanced URL, as in Spring Cloud Gateway's routes. */
	public static final String SCHEME = "lb";

	/** What a service id is made of: a host name's characters, and underscores. */
	private static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9._-]+");

	private final Supplier<ReactiveLoadBalancer.@Nullable Factory<ServiceInstance>> balancers;

	/** @param balancers the application's load balancers, or {@code null} where it has none */
	public LoadBalancerTargetResolver(Supplier<ReactiveLoadBalancer.@Nullable Factory<ServiceInstance>> balancers) {
		this.balancers = balancers;
	}

	@Override
	public @Nullable RpcTarget resolve(String clientName, URI url) {
		if (!SCHEME.equalsIgnoreCase(url.getScheme())) {
			return null;
		}
		String serviceId = url.getRawAuthority();
		if (serviceId == null || !SERVICE_ID.matcher(serviceId).matches() || url.getRawQuery() != null
				|| url.getRawFragment() != null) {
			throw new IllegalStateException("RPC client '" + clientName + "': URL '" + url
					+ "' is invalid: write lb://<service-id>, optionally followed by a context path");
		}
		ReactiveLoadBalancer.Factory<ServiceInstance> balancers = this.balancers.get();
		if (balancers == null) {
			throw new IllegalStateException("RPC client '" + clientName + "': URL '" + url
					+ "' needs Spring Cloud LoadBalancer, and the application has none (is "
					+ "spring.cloud.loadbalancer.enabled false?): add the dependency "
					+ "org.springframework.cloud:spring-cloud-starter-loadbalancer");
		}
		// its balancer (a child context per service id) is created now, at start-up, not by the first call within its deadline
		balancers.getInstance(serviceId);
		return new LoadBalancedTarget(serviceId, balancers);
	}

}
