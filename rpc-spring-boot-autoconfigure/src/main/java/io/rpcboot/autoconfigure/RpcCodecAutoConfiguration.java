package io.rpcboot.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.rpcboot.codec.RpcCodec;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.protocol.RpcJson;

/**
 * The encodings both stubs speak: JSON, and every {@link RpcCodec} bean (Smile, where
 * {@link RpcSmileAutoConfiguration} adds it), in their order.
 */
@AutoConfiguration(after = { RpcJsonAutoConfiguration.class, RpcSmileAutoConfiguration.class })
@ConditionalOnBean(RpcJson.class)
public final class RpcCodecAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RpcCodecs rpcCodecs(RpcJson rpcJson, ObjectProvider<RpcCodec> codecs) {
		return new RpcCodecs(rpcJson, codecs.orderedStream().toList());
	}

}
