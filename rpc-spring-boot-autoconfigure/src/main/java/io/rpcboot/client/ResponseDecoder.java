package io.rpcboot.client;

import java.lang.reflect.Constructor;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.util.ClassUtils;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.protocol.RpcProtocol;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an answer into the method's result or the exception the caller sees. Only exception
 * classes in the method's {@code throws} clause are ever instantiated from an answer.
 */
final class ResponseDecoder {

	private final JsonMapper mapper;

	ResponseDecoder(JsonMapper mapper) {
		this.mapper = mapper;
	}

	Outcome decode(ClientMethod method, int status, @Nullable MediaType contentType, byte[] body) {
		if (status >= 200 && status < 300) {
			return success(method, status, contentType, body);
		}
		Problem problem = problem(contentType, body);
		String detail = (problem.detail() != null) ? stripTarget(method, problem.detail())
				: "the server answered HTTP " + status + " without an RPC problem body";
		if (status == 502 || status == 503) {
			return Outcome.failure(new RpcUnavailableException(method.service(), method.name(), detail, null));
		}
		if (problem.exception() != null) {
			Throwable declared = declared(method, problem.exception(), detail);
			if (declared != null) {
				return Outcome.failure(declared);
			}
		}
		RpcCode code = (problem.code() != null) ? RpcCode.fromWireName(problem.code()) : RpcCode.fromHttpStatus(status);
		return Outcome.failure(switch (code) {
			case DEADLINE_EXCEEDED -> new RpcTimeoutException(method.service(), method.name(), detail, null);
			case UNAVAILABLE -> new RpcUnavailableException(method.service(), method.name(), detail, null);
			default -> new RpcRemoteException(code, status, problem.exception(), method.service(), method.name(),
					detail, null);
		});
	}

	private Outcome success(ClientMethod method, int status, @Nullable MediaType contentType, byte[] body) {
		if (method.operation().isVoid()) {
			return Outcome.value(null);
		}
		if (status == 204) {
			body = "null".getBytes();
		}
		else if (contentType != null && !RpcProtocol.isJson(contentType)) {
			return Outcome.failure(badAnswer(method, status, "the answer is " + contentType + ", not JSON", null));
		}
		try {
			return Outcome.value(method.resultReader().readValue(body));
		}
		catch (JacksonException ex) {
			return Outcome.failure(badAnswer(method, status, "the answer does not bind to "
					+ method.operation().resultType().toCanonical() + ": " + ex.getOriginalMessage(), ex));
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
			JsonNode node = this.mapper.readTree(body);
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

	/** A call's result: a value, or what to throw. */
	record Outcome(@Nullable Object value, @Nullable Throwable failure) {

		static Outcome value(@Nullable Object value) {
			return new Outcome(value, null);
		}

		static Outcome failure(Throwable failure) {
			return new Outcome(null, failure);
		}

	}

}
