package io.rpcboot.client;

import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.protocol.RpcProtocol;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns an answer into the method's result or the exception the caller sees. Only exception
 * classes in the method's {@code throws} clause are ever instantiated from an answer; a
 * malformed answer header fails the call as the contract says, with its cause attached.
 */
final class ResponseDecoder {

	private static final Pattern DELTA_SECONDS = Pattern.compile("[0-9]{1,9}");

	private final RpcCodecs codecs;

	ResponseDecoder(RpcCodecs codecs) {
		this.codecs = codecs;
	}

	Outcome decode(ClientMethod method, int status, HttpHeaders headers, byte[] body) {
		ContentType contentType = ContentType.of(headers.getFirst(HttpHeaders.CONTENT_TYPE));
		if (status >= 200 && status < 300) {
			return success(method, status, contentType, body);
		}
		Problem problem = problem(contentType.type(), body);
		String detail = (problem.detail() != null) ? stripTarget(method, problem.detail())
				: "the server answered HTTP " + status + " without an RPC problem body";
		@Nullable Throwable cause = contentType.malformed();
		if (status == 502 || status == 503) {
			// an rpcboot server never runs a call it answers 503; a gateway's 502 or 503 tells nothing
			detail = (problem.code() != null) ? detail : detail + "; the call may have run";
			return Outcome.failure(new RpcUnavailableException(method.service(), method.name(), detail, cause))
				.withRetryAfter(retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER)));
		}
		if (problem.exception() != null) {
			Throwable declared = declared(method, problem.exception(), detail);
			if (declared != null) {
				return Outcome.failure(declared);
			}
		}
		RpcCode code = (problem.code() != null) ? RpcCode.fromWireName(problem.code()) : RpcCode.fromHttpStatus(status);
		return switch (code) {
			case DEADLINE_EXCEEDED ->
				Outcome.failure(new RpcTimeoutException(method.service(), method.name(), detail, cause));
			case UNAVAILABLE ->
				Outcome.failure(new RpcUnavailableException(method.service(), method.name(), detail, cause))
					.withRetryAfter(retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER)));
			default -> Outcome.failure(new RpcRemoteException(code, status, problem.exception(), method.service(),
					method.name(), detail, cause));
		};
	}

	/**
	 * The pause a {@code Retry-After} header asks for: delta-seconds, or an HTTP-date.
	 * @return the pause, or {@code null} where there is no header or it is malformed
	 */
	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		if (DELTA_SECONDS.matcher(trimmed).matches()) {
			return Duration.ofSeconds(Long.parseLong(trimmed));
		}
		try {
			Duration untilThen = Duration.between(Instant.now(),
					ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
			return untilThen.isNegative() ? Duration.ZERO : untilThen;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Outcome success(ClientMethod method, int status, ContentType contentType, byte[] body) {
		if (method.operation().isVoid()) {
			return Outcome.value(null);
		}
		InvalidMediaTypeException malformed = contentType.malformed();
		if (malformed != null) {
			return Outcome.failure(badAnswer(method, status,
					"the answer's Content-Type is malformed: " + malformed.getMessage(), malformed));
		}
		RpcCodec codec = this.codecs.json();
		if (status == 204) {
			body = "null".getBytes(StandardCharsets.US_ASCII);
		}
		else if (contentType.type() != null) {
			codec = this.codecs.reading(contentType.type());
			if (codec == null) {
				return Outcome
					.failure(badAnswer(method, status, "the answer is " + contentType.type() + ", not JSON", null));
			}
		}
		try {
			return Outcome.value(codec.read(method.resultReader(), body));
		}
		catch (RuntimeException ex) { // a JacksonException, or a user's deserializer failing in its own way
			String reason = (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.toString();
			return Outcome.failure(badAnswer(method, status,
					"the answer does not bind to " + method.operation().resultType().toCanonical() + ": " + reason, ex));
		}
	}

	private static RpcRemoteException badAnswer(ClientMethod method, int status, String detail,
			@Nullable Throwable cause) {
		return new RpcRemoteException(RpcCode.INTERNAL, status, null, method.service(), method.name(), detail, cause);
	}

	private Problem problem(@Nullable MediaType contentType, byte[] body) {
		if (contentType == null || !RpcProtocol.isJson(contentType) || body.length == 0) {
			return Problem.NONE;
		}
		try {
			JsonNode node = this.codecs.mapper().readTree(body);
			if (!node.isObject()) {
				return Problem.NONE;
			}
			return new Problem(text(node, RpcProtocol.CODE_MEMBER), text(node, RpcProtocol.EXCEPTION_MEMBER),
					text(node, "detail"));
		}
		catch (JacksonException ex) {
			return Problem.NONE;
		}
	}

	private static @Nullable String text(JsonNode node, String member) {
		JsonNode value = node.get(member);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	/** The server names the target in its messages; the client's exception already does. */
	private static String stripTarget(ClientMethod method, String detail) {
		String prefix = method.service() + "." + method.name() + ": ";
		return detail.startsWith(prefix) ? detail.substring(prefix.length()) : detail;
	}

	/** The declared exception the answer names, by fully qualified name, else by simple name. */
	private static @Nullable Throwable declared(ClientMethod method, String remoteType, String detail) {
		for (Class<?> type : method.declaredExceptions()) {
			if (type.getName().equals(remoteType)) {
				return instantiate(type, detail);
			}
		}
		String simpleName = ClassUtils.getShortName(remoteType).replace('$', '.');
		for (Class<?> type : method.declaredExceptions()) {
			if (ClassUtils.getShortName(type).equals(simpleName)) {
				return instantiate(type, detail);
			}
		}
		return null;
	}

	private static @Nullable Throwable instantiate(Class<?> type, String message) {
		try {
			Constructor<?> withMessage = ClassUtils.getConstructorIfAvailable(type, String.class);
			if (withMessage != null) {
				return (Throwable) withMessage.newInstance(message);
			}
			Constructor<?> withCause = ClassUtils.getConstructorIfAvailable(type, String.class, Throwable.class);
			if (withCause != null) {
				return (Throwable) withCause.newInstance(message, null);
			}
			Constructor<?> plain = ClassUtils.getConstructorIfAvailable(type);
			return (plain != null) ? (Throwable) plain.newInstance() : null;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private record Problem(@Nullable String code, @Nullable String exception, @Nullable String detail) {

		static final Problem NONE = new Problem(null, null, null);

	}

	/** An answer's {@code Content-Type}: none, a media type, or a malformed value. */
	private record ContentType(@Nullable MediaType type, @Nullable InvalidMediaTypeException malformed) {

		static ContentType of(@Nullable String value) {
			if (!StringUtils.hasLength(value)) {
				return new ContentType(null, null);
			}
			try {
				return new ContentType(MediaType.parseMediaType(value), null);
			}
			catch (InvalidMediaTypeException ex) {
				return new ContentType(null, ex);
			}
			catch (IndexOutOfBoundsException ex) { // how Spring's parser fails on some values, a quoted type
				InvalidMediaTypeException malformed = new InvalidMediaTypeException(value, ex.toString());
				malformed.initCause(ex);
				return new ContentType(null, malformed);
			}
		}

	}

	/**
	 * An attempt's result: a value, or what to throw. A failure tells, where it can be resent,
	 * how long the server asked to wait and whether the request provably never left.
	 */
	record Outcome(@Nullable Object value, @Nullable Throwable failure, @Nullable Duration retryAfter,
			boolean unsent) {

		static Outcome value(@Nullable Object value) {
			return new Outcome(value, null, null, false);
		}

		static Outcome failure(Throwable failure) {
			return new Outcome(null, failure, null, false);
		}

		/** A failure before the request left: the server never saw the call. */
		static Outcome unsent(Throwable failure) {
			return new Outcome(null, failure, null, true);
		}

		Outcome withRetryAfter(@Nullable Duration retryAfter) {
			return new Outcome(this.value, this.failure, retryAfter, this.unsent);
		}

	}

}
