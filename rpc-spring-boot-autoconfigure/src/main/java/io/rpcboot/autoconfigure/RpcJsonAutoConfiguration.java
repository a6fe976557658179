package io.rpcboot.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.rpcboot.protocol.RpcJson;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of the protocol, shared by the client and the server stub: derived from the application's mapper. */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
public final class RpcJsonAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RpcJson rpcJson(ObjectProvider<JsonMapper> jsonMapper) {
		return new RpcJson(jsonMapper.getIfAvailable(() -> JsonMapper.builder().build()));
	}

}
