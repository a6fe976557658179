package io.rpcboot.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import io.rpcboot.protocol.RpcJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Choosing an encoding by header, and Smile's exactness, without HTTP. */
class RpcCodecsTests {

	private final RpcJson json = new RpcJson(JsonMapper.builder().build());

	private final SmileRpcCodec smile = new SmileRpcCodec(this.json);

	private final RpcCodecs codecs = new RpcCodecs(this.json, List.of(this.smile));

	@Test
	void answerIsSmileOnlyWhereAcceptNamesItFirst() {
		assertThat(this.codecs.answering(null)).isSameAs(this.codecs.json());
		assertThat(this.codecs.answering("")).isSameAs(this.codecs.json());
		assertThat(this.codecs.answering("*/*")).isSameAs(this.codecs.json());
		assertThat(this.codecs.answering("application/json, application/x-jackson-smile")).isSameAs(this.codecs.json());
		assertThat(this.codecs.answering("application/x-jackson-smile;q=0.4, application/*"))
			.isSameAs(this.codecs.json());
		assertThat(this.codecs.answering("application/x-jackson-smile;q=0")).isSameAs(this.codecs.json());
		assertThat(this.codecs.answering("application/x-jackson-smile;q=\"")).isSameAs(this.codecs.json());
		assertThat(this.codecs.answering("application/x-jackson-smile, application/json")).isSameAs(this.smile);
		assertThat(this.codecs.answering("Application/X-Jackson-Smile")).isSameAs(this.smile);
	}

	@Test
	void bodyIsReadByItsContentType() {
		assertThat(this.codecs.reading(MediaType.parseMediaType("application/json;charset=UTF-8")))
			.isSameAs(this.codecs.json());
		assertThat(this.codecs.reading(MediaType.parseMediaType("application/vnd.x+json")))
			.isSameAs(this.codecs.json());
		assertThat(this.codecs.reading(MediaType.parseMediaType("application/x-jackson-smile"))).isSameAs(this.smile);
		assertThat(this.codecs.reading(MediaType.parseMediaType("text/plain"))).isNull();
		assertThat(RpcCodecs.json(this.json).reading(MediaType.parseMediaType("application/x-jackson-smile"))).isNull();
	}

	@Test
	void smileKeepsEveryDigitAndScale() {
		List<Object> values = List.of(new BigDecimal("2.50"), new BigDecimal("1E+999999999"),
				new BigInteger("-" + "9".repeat(400)), Long.MIN_VALUE, -0.0, Double.MIN_VALUE);
		TypeReference<List<Object>> type = new TypeReference<>() {
		};
		byte[] body = this.smile.write(this.json.mapper().writerFor(type), values);
		List<Object> back = this.smile.read(this.json.mapper().readerFor(type), body);
		assertThat(back).containsExactlyElementsOf(values);
		assertThat(((BigDecimal) back.get(0)).scale()).isEqualTo(2);
	}

}
