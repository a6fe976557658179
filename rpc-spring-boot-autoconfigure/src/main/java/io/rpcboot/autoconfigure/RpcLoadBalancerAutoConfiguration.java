package io.rpcboot.autoconfigure;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.context.annotation.Bean;

import io.rpcboot.loadbalancer.LoadBalancerTargetResolver;

/**
 * Resolves {@code lb://} client URLs through Spring Cloud LoadBalancer, where it is on the
 * classpath. Without it, a client with an {@code lb://} URL fails start-up, saying which
 * dependency to add.
 */
@AutoConfiguration
@ConditionalOnClass({ ReactiveLoadBalancer.class, Mono.class })
public final class RpcLoadBalancerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LoadBalancerTargetResolver rpcLoadBalancerTargetResolver(
			ObjectProvider<ReactiveLoadBalancer.Factory<ServiceInstance>> balancers) {
		return new LoadBalancerTargetResolver(balancers::getIfAvailable);
	}

}
