package io.rpcboot.codec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcProtocol;
import tools.jackson.databind.json.JsonMapper;

/**
 * The encodings a peer speaks: JSON always, and the {@link RpcCodec} beans beside it. The
 * server reads a body by its {@code Content-Type} and answers in JSON unless the
 * {@code Accept} header names another codec's media type itself (a wildcard is JSON); the
 * client sends in its configured encoding and reads an answer by its {@code Content-Type}.
 */
public final class RpcCodecs {

	private final JsonMapper mapper;

	private final RpcCodec json;

	private final List<RpcCodec> codecs;

	/**
	 * @param codecs the codecs, in order of precedence; JSON is added where none reads it
	 */
	public RpcCodecs(RpcJson json, List<? extends RpcCodec> codecs) {
		RpcCodec jsonCodec = codecs.stream()
			.map(RpcCodec.class::cast)
			.filter((codec) -> JsonRpcCodec.NAME.equals(codec.name()))
			.findFirst()
			.orElseGet(() -> new JsonRpcCodec(json));
		List<RpcCodec> all = new ArrayList<>(codecs);
		if (!all.contains(jsonCodec)) {
			all.add(jsonCodec);
		}
		this.mapper = json.mapper();
		this.json = jsonCodec;
		this.codecs = List.copyOf(all);
	}

	/** JSON alone. */
	public static RpcCodecs json(RpcJson json) {
		return new RpcCodecs(json, List.of());
	}

	/** The RPC mapper, whose readers and writers bind the values of every encoding. */
	public JsonMapper mapper() {
		return this.mapper;
	}

	/** The JSON codec: problems, the catalog and every peer that asks for nothing else. */
	public RpcCodec json() {
		return this.json;
	}

	/** The names of the encodings spoken, such as {@code [smile, json]}. */
	public List<String> names() {
		return this.codecs.stream().map(RpcCodec::name).toList();
	}

	/** The codec of that name, or {@code null}. */
	public @Nullable RpcCodec named(String name) {
		return this.codecs.stream().filter((codec) -> codec.name().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	/** The codec that reads a body of that content type, or {@code null} where none does. */
	public @Nullable RpcCodec reading(MediaType contentType) {
		for (RpcCodec codec : this.codecs) {
			if (codec.reads(contentType)) {
				return codec;
			}
		}
		return null;
	}

	/**
	 * The codec of an answer: the first of the {@code Accept} header's types (by quality) that
	 * is JSON, a wildcard, or another codec's own media type; JSON where there is none, or
	 * where the header is malformed.
	 */
	public RpcCodec answering(@Nullable String accept) {
		if (accept == null || this.codecs.size() == 1 || !namesAnotherCodec(accept)) {
			return this.json; // the common case, without parsing the header: JSON callers pay nothing
		}
		List<MediaType> types;
		try {
			types = new ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException | IndexOutOfBoundsException ex) {
			return this.json;
		}
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable: ties keep their order
		for (MediaType type : types) {
			if (type.getQualityValue() <= 0) {
				continue;
			}
			if (type.isWildcardType() || type.isWildcardSubtype() || RpcProtocol.isJson(type)) {
				return this.json;
			}
			for (RpcCodec codec : this.codecs) {
				if (codec.mediaType().equalsTypeAndSubtype(type)) {
					return codec;
				}
			}
		}
		return this.json;
	}

	/** Whether the header mentions the subtype of a codec other than JSON, in any case. */
	private boolean namesAnotherCodec(String accept) {
		for (RpcCodec codec : this.codecs) {
			String subtype = codec.mediaType().getSubtype();
			if (codec != this.json) {
				for (int i = 0; i + subtype.length() <= accept.length(); i++) {
					if (accept.regionMatches(true, i, subtype, 0, subtype.length())) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
