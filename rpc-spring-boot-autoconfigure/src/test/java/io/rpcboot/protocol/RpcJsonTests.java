package io.rpcboot.protocol;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The RPC mapper derived from the application's: settings that would change a value on the wire are undone. */
class RpcJsonTests {

	@Test
	void decimalKeepsItsScaleWhereTheApplicationWritesDecimalsPlain() {
		JsonMapper application = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
		JsonMapper rpc = new RpcJson(application).mapper();
		BigDecimal thousand = new BigDecimal("1E+3");
		assertThat(application.writeValueAsString(thousand)).as("the application's own mapper is left alone")
			.isEqualTo("1000");
		assertThat(rpc.readValue(rpc.writeValueAsString(thousand), BigDecimal.class)).isEqualTo(thousand)
			.hasScaleOf(-3);
	}

}
