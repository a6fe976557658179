package io.rpcboot.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;
import io.rpcboot.codec.JsonRpcCodec;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.protocol.RpcOperation.RpcParameter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a request body into arguments: a JSON array (positional) or a JSON object (by
 * parameter name), each element bound to its parameter's full generic type and nothing else.
 * Every failure is an {@code invalid_argument} naming the method and the argument.
 * <p>
 * The body is parsed once, in whichever encoding it came: each top-level element is kept as the tokens the parser read (a
 * {@link TokenBuffer}, where a number stays the text it was sent as) and replayed into its
 * parameter's reader once the overload is chosen. No tree sits in between, so no number
 * passes through a {@code double}: a {@code BigDecimal} keeps every digit and its scale.
 */
final class ArgumentsReader {

	/** Splits the body, in the encoding of that codec, into its top-level elements, without binding them yet. */
	RawArguments parse(RpcCodec codec, byte[] body, String target) {
		if (isBlank(body)) {
			return new RawArguments(List.of(), null);
		}
		try (JsonParser parser = codec.createParser(body)) {
			JsonToken first = parser.nextToken();
			RawArguments arguments;
			if (first == JsonToken.START_ARRAY) {
				List<TokenBuffer> values = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					values.add(buffer(parser));
				}
				arguments = new RawArguments(values, null);
			}
			else if (first == JsonToken.START_OBJECT) {
				Map<String, TokenBuffer> named = new LinkedHashMap<>();
				for (String name = parser.nextName(); name != null; name = parser.nextName()) {
					parser.nextToken();
					if (named.put(name, buffer(parser)) != null) {
						throw invalid(target + ": argument '" + name + "' is given twice");
					}
				}
				arguments = new RawArguments(new ArrayList<>(named.values()), List.copyOf(named.keySet()));
			}
			else {
				throw invalid(target + ": the body must be a JSON array of arguments or an object of named arguments");
			}
			if (parser.nextToken() != null) {
				throw invalid(target + ": unexpected content after the arguments");
			}
			return arguments;
		}
		catch (JacksonException ex) {
			String format = JsonRpcCodec.NAME.equals(codec.name()) ? "JSON" : codec.name() + " (" + codec.mediaType() + ")";
			throw invalid(target + ": malformed " + format + ": " + withoutSource(messageOf(ex)));
		}
	}

	/** The element the parser is on, as tokens: numbers stay as sent, bound only later. */
	private static TokenBuffer buffer(JsonParser parser) {
		TokenBuffer buffer = TokenBuffer.forBuffering(parser, parser.objectReadContext());
		buffer.copyCurrentStructure(parser);
		return buffer;
	}

	/** Binds the parsed elements to the chosen method's parameters. */
	@Nullable Object[] bind(RawArguments raw, ServerMethod method) {
		List<RpcParameter> parameters = method.operation().parameters();
		String target = method.operation().qualifiedName();
		List<TokenBuffer> values = (raw.names() != null) ? byName(raw, parameters, target) : raw.values();
		@Nullable Object[] arguments = new Object[parameters.size()];
		for (RpcParameter parameter : parameters) {
			TokenBuffer value = values.get(parameter.index());
			if (value.firstToken() == JsonToken.VALUE_NULL && parameter.isPrimitive()) {
				throw invalid(target + ": " + parameter.describe() + ": null is not a valid "
						+ parameter.type().getRawClass().getName());
			}
			try {
				arguments[parameter.index()] = method.parameterReader(parameter.index()).readValue(value);
			}
			catch (JacksonException ex) {
				throw invalid(target + ": " + parameter.describe() + ": " + describe(ex, parameter));
			}
		}
		return arguments;
	}

	private static List<TokenBuffer> byName(RawArguments raw, List<RpcParameter> parameters, String target) {
		Map<String, TokenBuffer> named = new LinkedHashMap<>();
		for (int i = 0; i < raw.values().size(); i++) {
			named.put(raw.names().get(i), raw.values().get(i));
		}
		List<String> names = parameters.stream().map(RpcParameter::name).toList();
		List<String> unknown = named.keySet().stream().filter((name) -> !names.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw invalid(target + ": unknown parameter" + (unknown.size() > 1 ? "s " : " ") + unknown
					+ "; the parameters are " + names);
		}
		List<TokenBuffer> values = new ArrayList<>(parameters.size());
		for (RpcParameter parameter : parameters) {
			TokenBuffer value = named.get(parameter.name());
			if (value == null && parameter.isPrimitive()) {
				throw invalid(target + ": " + parameter.describe() + " is missing, and "
						+ parameter.type().getRawClass().getName() + " cannot be null");
			}
			values.add((value != null) ? value : nullValue());
		}
		return values;
	}

	/** An absent named argument: a JSON {@code null}, which binds to each type's null value. */
	private static TokenBuffer nullValue() {
		TokenBuffer buffer = TokenBuffer.forGeneration();
		buffer.writeNull();
		return buffer;
	}

	private static String describe(JacksonException ex, RpcParameter parameter) {
		String type = parameter.type().toCanonical();
		if (ex instanceof InvalidFormatException invalid && invalid.getValue() != null) {
			return "cannot convert " + quoted(invalid.getValue()) + " to " + type;
		}
		if (ex instanceof MismatchedInputException) {
			return "cannot convert the value to " + type + ": " + messageOf(ex);
		}
		return messageOf(ex);
	}

	/** The exception's message without its location; its kind where it has none. */
	private static String messageOf(JacksonException ex) {
		String message = ex.getOriginalMessage();
		return (message != null && !message.isBlank()) ? message : ex.getClass().getSimpleName();
	}

	/** Drops the parser's "(start marker at [Source: REDACTED ...])": it tells a caller nothing. */
	private static String withoutSource(String message) {
		int marker = message.indexOf(" (start marker at [Source:");
		return (marker >= 0) ? message.substring(0, marker) : message;
	}

	private static String quoted(Object value) {
		return (value instanceof String) ? "\"" + value + "\"" : String.valueOf(value);
	}

	private static boolean isBlank(byte[] body) {
		for (byte b : body) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

	static RpcFailure invalid(String detail) {
		return new RpcFailure(RpcCode.INVALID_ARGUMENT, detail);
	}

	/**
	 * Picks the method the arguments are for: by their number; for named arguments that leave
	 * parameters out, the one method that has every name given.
	 */
	static ServerMethod select(Map<Integer, ServerMethod> overloads, RawArguments raw, String target) {
		ServerMethod method = overloads.get(raw.count());
		if (method == null && raw.names() != null) {
			List<ServerMethod> candidates = overloads.values().stream()
				.filter((candidate) -> overloads.size() == 1 || candidate.operation().parameters().stream()
					.map(RpcParameter::name).toList().containsAll(raw.names()))
				.toList();
			method = (candidates.size() == 1) ? candidates.get(0) : null;
		}
		if (method == null) {
			throw invalid(target + " takes " + new TreeSet<>(overloads.keySet()) + " arguments, got " + raw.count());
		}
		return method;
	}

	/**
	 * The top-level elements of a body, not yet bound.
	 * @param values the elements, in order
	 * @param names the keys of a named object, or {@code null} for a positional array
	 */
	record RawArguments(List<TokenBuffer> values, @Nullable List<String> names) {

		int count() {
			return this.values.size();
		}

	}

}
