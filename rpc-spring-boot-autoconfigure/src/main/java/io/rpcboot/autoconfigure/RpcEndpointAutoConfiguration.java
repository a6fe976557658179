package io.rpcboot.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.rpcboot.actuate.RpcEndpoint;
import io.rpcboot.client.RpcClientFactory;
import io.rpcboot.server.RpcServiceRegistry;

/**
 * The {@code rpc} actuator endpoint, where actuator is on the class path; it is exposed like
 * every endpoint, through {@code management.endpoints.web.exposure.include}.
 */
@AutoConfiguration(after = { RpcServerAutoConfiguration.class, RpcClientAutoConfiguration.class })
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
public final class RpcEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint
	RpcEndpoint rpcEndpoint(ObjectProvider<RpcServiceRegistry> registry,
			ObjectProvider<RpcServerProperties> serverProperties, ObjectProvider<RpcClientFactory> clientFactory) {
		RpcServerProperties server = serverProperties.getIfAvailable();
		RpcEndpoint.ServerSettings settings = (server != null) ? new RpcEndpoint.ServerSettings(
				RpcServerAutoConfiguration.basePath(server.getPath()), server.getMaxRequestSize().toBytes(),
				server.getMaxConcurrentCalls(), server.getCatalog().isEnabled()) : null;
		return new RpcEndpoint(registry.getIfAvailable(), settings, clientFactory.getIfAvailable());
	}

}
