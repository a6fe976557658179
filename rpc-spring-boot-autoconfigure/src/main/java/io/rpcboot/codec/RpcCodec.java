package io.rpcboot.codec;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * An encoding of call bodies: a token format under the RPC mapper. Values are bound by the
 * readers and writers of the one RPC mapper ({@link io.rpcboot.protocol.RpcJson}) whatever the
 * encoding, so every encoding binds exactly the same types, the same way; a codec only turns
 * bytes into tokens and tokens into bytes.
 * <p>
 * JSON is always there ({@link JsonRpcCodec}); other codecs are beans, picked by a request's
 * {@code Content-Type} and {@code Accept} on the server and by
 * {@code rpc.client.[services.<name>.]encoding} on the client.
 */
public interface RpcCodec {

	/** The codec's name, as {@code rpc.client.encoding} names it, such as {@code smile}. */
	String name();

	/** The media type of the bodies it writes. */
	MediaType mediaType();

	/** Whether a body of this content type is this codec's to read. */
	default boolean reads(MediaType contentType) {
		return mediaType().equalsTypeAndSubtype(contentType);
	}

	/** A parser over a body, to split it into tokens or to bind it with one of the RPC mapper's readers. */
	JsonParser createParser(byte[] body);

	/** Writes a value with one of the RPC mapper's writers. */
	byte[] write(ObjectWriter writer, @Nullable Object value);

	/** Reads a whole body with one of the RPC mapper's readers. */
	default <T> @Nullable T read(ObjectReader reader, byte[] body) {
		try (JsonParser parser = createParser(body)) {
			return reader.readValue(parser);
		}
	}

}
