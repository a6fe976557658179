package io.rpcboot.codec;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

import io.rpcboot.protocol.RpcJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.smile.SmileFactory;
import tools.jackson.dataformat.smile.SmileMapper;

/**
 * Jackson's Smile, a binary JSON: the same tokens, shorter and cheaper to read and write. A
 * {@code BigDecimal} travels as its unscaled value and scale, a {@code BigInteger} as its
 * bytes and a {@code double} as its 64 bits, so numbers arrive as exact as JSON's text.
 */
public final class SmileRpcCodec implements RpcCodec {

	/** {@code rpc.client.encoding} of Smile. */
	public static final String NAME = "smile";

	/** Smile's media type, as Spring and Jackson name it. */
	public static final MediaType MEDIA_TYPE = new MediaType("application", "x-jackson-smile");

	private final SmileMapper mapper;

	/** Smile under the RPC mapper's settings, with its parser limits. */
	public SmileRpcCodec(RpcJson json) {
		SmileFactory factory = SmileFactory.builder()
			.streamReadConstraints(json.mapper().tokenStreamFactory().streamReadConstraints())
			.build();
		this.mapper = json.derive(SmileMapper.builder(factory));
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public MediaType mediaType() {
		return MEDIA_TYPE;
	}

	@Override
	public JsonParser createParser(byte[] body) {
		return this.mapper.createParser(body);
	}

	@Override
	public byte[] write(ObjectWriter writer, @Nullable Object value) {
		// segments, not one array that doubles: a bulk answer is copied once, at the end
		try (ByteArrayBuilder out = new ByteArrayBuilder()) {
			try (JsonGenerator generator = this.mapper.createGenerator(out)) {
				writer.writeValue(generator, value);
			}
			return out.toByteArray();
		}
	}

}
