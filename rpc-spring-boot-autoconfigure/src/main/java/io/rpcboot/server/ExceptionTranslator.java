package io.rpcboot.server;

import java.util.Map;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcExported;
import io.rpcboot.context.IncomingDeadlineExceededException;
import io.rpcboot.protocol.RpcOperation;

/**
 * Turns what a service method threw into the error it answers. An application exception
 * (declared in the method's {@code throws} clause, {@link RpcExported}, or listed in
 * {@code rpc.server.exceptions}) travels by name with its message; a bad argument is
 * {@code invalid_argument}; anything else is {@code internal}, logged with an error id that
 * the answer carries instead of a stack trace.
 */
final class ExceptionTranslator {

	private static final Log logger = LogFactory.getLog(ExceptionTranslator.class);

	private final Map<Class<?>, RpcCode> configuredCodes;

	/** @param configuredCodes the code of each exception class listed in {@code rpc.server.exceptions} */
	ExceptionTranslator(Map<Class<?>, RpcCode> configuredCodes) {
		this.configuredCodes = Map.copyOf(configuredCodes);
	}

	RpcFailure translate(Throwable thrown, RpcOperation operation) {
		if (thrown instanceof RpcFailure failure) {
			return failure;
		}
		if (thrown instanceof IncomingDeadlineExceededException exceeded
				&& exceeded.incomingCall().equals(operation.qualifiedName())) {
			return RpcFailure.deadlinePassed(operation); // a call it made ran out of this call's own time
		}
		String detail = (thrown.getMessage() != null) ? thrown.getMessage() : thrown.getClass().getSimpleName();
		ResponseStatus responseStatus = errorStatus(thrown.getClass());
		RpcCode configured = configuredCode(thrown.getClass());
		if (configured != null) {
			return new RpcFailure(configured.httpStatus(), configured, detail, thrown.getClass().getName());
		}
		if (isDeclared(thrown, operation) || thrown.getClass().isAnnotationPresent(RpcExported.class)) {
			if (responseStatus != null) {
				int status = responseStatus.code().value();
				return new RpcFailure(status, RpcCode.fromHttpStatus(status), detail, thrown.getClass().getName());
			}
			return new RpcFailure(RpcCode.FAILED_PRECONDITION.httpStatus(), RpcCode.FAILED_PRECONDITION, detail,
					thrown.getClass().getName());
		}
		if (thrown instanceof IllegalArgumentException || isNamed(thrown, "jakarta.validation.ValidationException")
				|| isNamed(thrown, "org.springframework.validation.method.MethodValidationException")) {
			return new RpcFailure(RpcCode.INVALID_ARGUMENT, operation.qualifiedName() + ": " + detail);
		}
		if (isNamed(thrown, "org.springframework.security.core.AuthenticationException")) {
			return new RpcFailure(RpcCode.UNAUTHENTICATED, operation.qualifiedName() + ": " + detail);
		}
		if (isNamed(thrown, "org.springframework.security.access.AccessDeniedException")
				|| isNamed(thrown, "org.springframework.security.authorization.AuthorizationDeniedException")) {
			return new RpcFailure(RpcCode.PERMISSION_DENIED, operation.qualifiedName() + ": " + detail);
		}
		if (responseStatus != null) {
			int status = responseStatus.code().value();
			String reason = responseStatus.reason().isEmpty() ? detail : responseStatus.reason();
			return new RpcFailure(status, RpcCode.fromHttpStatus(status), operation.qualifiedName() + ": " + reason,
					null);
		}
		String errorId = UUID.randomUUID().toString();
		logger.error("RPC call " + operation.qualifiedName() + " failed [error id " + errorId + "]", thrown);
		return new RpcFailure(RpcCode.INTERNAL,
				operation.qualifiedName() + ": internal error; the server logged it with error id " + errorId);
	}

	/**
	 * The exception's {@code @ResponseStatus}, where it names an error status: a 2xx or 3xx
	 * would let a failed call pass for a success, so such an annotation is ignored.
	 */
	private static @Nullable ResponseStatus errorStatus(Class<?> type) {
		ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(type, ResponseStatus.class);
		return (responseStatus != null && responseStatus.code().value() >= 400) ? responseStatus : null;
	}

	/** The configured code of the class or of its nearest listed superclass. */
	private @Nullable RpcCode configuredCode(Class<?> type) {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			RpcCode code = this.configuredCodes.get(candidate);
			if (code != null) {
				return code;
			}
		}
		return null;
	}

	private static boolean isDeclared(Throwable thrown, RpcOperation operation) {
		for (Class<?> declared : operation.method().getExceptionTypes()) {
			if (declared.isInstance(thrown) && declared != Exception.class && declared != Throwable.class
					&& declared != RuntimeException.class) {
				return true;
			}
		}
		return false;
	}

	/** Whether the exception is of a class named so, looked up by name so the library is optional. */
	private static boolean isNamed(Throwable thrown, String className) {
		for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
			if (type.getName().equals(className)) {
				return true;
			}
		}
		return false;
	}

}
