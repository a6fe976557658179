package io.rpcboot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.rpcboot.codec.SmileRpcCodec;
import io.rpcboot.protocol.RpcJson;
import tools.jackson.dataformat.smile.SmileMapper;

/**
 * Smile, where {@code jackson-dataformat-smile} is on the classpath: the server reads and
 * answers it when a caller asks, and a client sends it with {@code rpc.client.encoding=smile}.
 */
@AutoConfiguration(after = RpcJsonAutoConfiguration.class)
@ConditionalOnClass(SmileMapper.class)
@ConditionalOnBean(RpcJson.class)
public final class RpcSmileAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SmileRpcCodec smileRpcCodec(RpcJson rpcJson) {
		return new SmileRpcCodec(rpcJson);
	}

}
