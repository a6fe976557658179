package io.rpcboot.codec;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcProtocol;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** JSON, the protocol's own encoding: {@code application/json} and {@code application/*+json}. */
public final class JsonRpcCodec implements RpcCodec {

	/** {@code rpc.client.encoding} of JSON, the default. */
	public static final String NAME = "json";

	private final JsonMapper mapper;

	public JsonRpcCodec(RpcJson json) {
		this.mapper = json.mapper();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public MediaType mediaType() {
		return MediaType.APPLICATION_JSON;
	}

	@Override
	public boolean reads(MediaType contentType) {
		return RpcProtocol.isJson(contentType);
	}

	@Override
	public JsonParser createParser(byte[] body) {
		return this.mapper.createParser(body);
	}

	@Override
	public byte[] write(ObjectWriter writer, @Nullable Object value) {
		return writer.writeValueAsBytes(value);
	}

	@Override
	public <T> @Nullable T read(ObjectReader reader, byte[] body) {
		return reader.readValue(body);
	}

}
