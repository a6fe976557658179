package io.rpcboot.client;

import java.net.URI;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.core5.http.ContentType;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.client.ResponseDecoder.Outcome;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.codec.RpcCodecs;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;

/**
 * The encoding of one client's requests, for its blocking and its future calls alike: the
 * configured codec until a server refuses it with a 415, then JSON, which every server reads.
 */
final class RequestEncoding {

	private static final Log logger = LogFactory.getLog(RequestEncoding.class);

	private final RpcCodecs codecs;

	private final ObjectWriter argumentsWriter;

	private final Headers configuredHeaders;

	private final Headers jsonHeaders;

	/** The encoding of requests: the configured one, or JSON once a server refused it. */
	private volatile RpcCodec codec;

	/**
	 * @param codecs the codecs answers are read with
	 * @param codec the configured encoding of requests, one of {@code codecs}
	 */
	RequestEncoding(RpcCodecs codecs, RpcCodec codec) {
		this.codecs = codecs;
		this.argumentsWriter = codecs.mapper().writerFor(Object[].class);
		this.codec = codec;
		this.configuredHeaders = Headers.of(codec);
		this.jsonHeaders = Headers.of(codecs.json());
	}

	/** The encoding a call starts in. */
	RpcCodec current() {
		return this.codec;
	}

	/** The headers of a call sent in that encoding, built once per encoding rather than per call. */
	Headers headers(RpcCodec codec) {
		return (codec == this.configuredHeaders.codec()) ? this.configuredHeaders
				: (codec == this.jsonHeaders.codec()) ? this.jsonHeaders : Headers.of(codec);
	}

	/**
	 * The request headers that follow from an encoding.
	 * @param accept the answers a call takes: its own encoding first, then JSON, and problems
	 * @param acceptValue {@code accept} as one header value
	 * @param contentType the encoding as the async HTTP client names it
	 */
	record Headers(RpcCodec codec, MediaType[] accept, String acceptValue, ContentType contentType) {

		static Headers of(RpcCodec codec) {
			MediaType[] accept = MediaType.APPLICATION_JSON.equalsTypeAndSubtype(codec.mediaType())
					? new MediaType[] { MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON }
					: new MediaType[] { codec.mediaType(), MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON };
			return new Headers(codec, accept, MediaType.toString(List.of(accept)),
					ContentType.parse(codec.mediaType().toString()));
		}

	}

	/**
	 * The JSON to send the call in again, where the server answered 415 to another encoding:
	 * it reads no body in it and ran nothing (an older rpcboot, or one without Smile). This
	 * client then sends JSON from now on. {@code null} for any other outcome.
	 */
	@Nullable RpcCodec refused(RpcCodec sent, Outcome outcome, ClientMethod method, URI uri) {
		RpcCodec json = this.codecs.json();
		if (sent == json || !(outcome.failure() instanceof RpcRemoteException remote && remote.status() == 415)) {
			return null;
		}
		RpcCodec refused = this.codec;
		this.codec = json;
		if (refused != json) {
			logger.warn("RPC client of " + method.service() + ": " + uri + " answered 415 to " + refused.mediaType()
					+ "; its calls are sent as JSON from now on");
		}
		return json;
	}

	/** The request body of a call's arguments; an argument that cannot be written fails the call. */
	byte[] write(RpcCodec codec, ClientMethod method, Object[] arguments) {
		try {
			return codec.write(this.argumentsWriter, arguments);
		}
		catch (JacksonException ex) {
			for (int i = 0; i < arguments.length; i++) {
				try {
					codec.write(this.argumentsWriter, new Object[] { arguments[i] });
				}
				catch (JacksonException argumentFailure) {
					throw unwritable(method, method.operation().parameters().get(i).describe()
							+ " cannot be written as JSON: " + argumentFailure.getOriginalMessage(), argumentFailure);
				}
			}
			throw unwritable(method, "the arguments cannot be written as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/** An argument the client cannot send: {@code INVALID_ARGUMENT}, and no answer (status 0). */
	private static RpcRemoteException unwritable(ClientMethod method, String detail, JacksonException cause) {
		return new RpcRemoteException(RpcCode.INVALID_ARGUMENT, 0, null, method.service(), method.name(), detail,
				cause);
	}

}
