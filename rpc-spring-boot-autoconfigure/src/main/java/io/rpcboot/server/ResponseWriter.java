package io.rpcboot.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import io.rpcboot.RpcCode;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.protocol.RpcProtocol;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes answers: a result as {@code application/json} or in the encoding the caller asked for, or a failure as an RFC 9457
 * {@link ProblemDetail} with the protocol's {@code code} and {@code exception} members.
 * Bodies are serialized whole before the status is sent, so a failing serializer still
 * yields a clean error answer. A writer {@link #answering answering} one call tells it how it
 * was answered, for its counts and its {@code rpc.server} observation.
 */
final class ResponseWriter {

	private final ObjectWriter problemWriter;

	private final ExceptionTranslator translator;

	private final @Nullable ObservedCall call;

	private final @Nullable RpcCodec codec;

	ResponseWriter(JsonMapper mapper, ExceptionTranslator translator) {
		this(mapper.writerFor(Map.class), translator, null, null);
	}

	private ResponseWriter(ObjectWriter problemWriter, ExceptionTranslator translator, @Nullable ObservedCall call,
			@Nullable RpcCodec codec) {
		this.problemWriter = problemWriter;
		this.translator = translator;
		this.call = call;
		this.codec = codec;
	}

	/**
	 * A writer of one call's answer, that tells the call how it was answered.
	 * @param codec the encoding of its result; problems stay JSON
	 */
	ResponseWriter answering(ObservedCall call, RpcCodec codec) {
		return new ResponseWriter(this.problemWriter, this.translator, call, codec);
	}

	/** A writer of problems alone, with no method's outcome to translate. */
	static ResponseWriter forProblems() {
		return new ResponseWriter(JsonMapper.builder().build(), new ExceptionTranslator(Map.of()));
	}

	/** Answers the outcome of a call: its result, or what it threw. */
	void writeOutcome(HttpServletResponse response, ServerMethod method, @Nullable Object result,
			@Nullable Throwable thrown) throws IOException {
		if (thrown != null) {
			writeFailure(response, this.translator.translate(thrown, method.operation()), thrown);
			return;
		}
		if (method.operation().isVoid()) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			answered(null, null);
			return;
		}
		byte[] body;
		try {
			body = (this.codec != null) ? this.codec.write(method.resultWriter(), result)
					: method.resultWriter().writeValueAsBytes(result);
		}
		catch (RuntimeException | Error ex) {
			// a serializer that fails, or a cyclic result's StackOverflowError: still a problem, never /error
			writeFailure(response, this.translator.translate(ex, method.operation()), ex);
			return;
		}
		try {
			write(response, HttpServletResponse.SC_OK,
					(this.codec != null) ? this.codec.mediaType().toString() : MediaType.APPLICATION_JSON_VALUE, body);
		}
		finally {
			answered(null, null);
		}
	}

	void writeFailure(HttpServletResponse response, RpcFailure failure) throws IOException {
		writeFailure(response, failure, null);
	}

	private void writeFailure(HttpServletResponse response, RpcFailure failure, @Nullable Throwable thrown)
			throws IOException {
		try {
			writeProblem(response, failure);
		}
		finally {
			answered(failure.code(), thrown);
		}
	}

	private void answered(@Nullable RpcCode code, @Nullable Throwable thrown) {
		if (this.call != null) {
			this.call.answered(code, thrown);
		}
	}

	private void writeProblem(HttpServletResponse response, RpcFailure failure) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(failure.status()),
				failure.getMessage());
		problem.setProperty(RpcProtocol.CODE_MEMBER, failure.code().wireName());
		if (failure.exceptionType() != null) {
			problem.setProperty(RpcProtocol.EXCEPTION_MEMBER, failure.exceptionType());
		}
		response.resetBuffer();
		write(response, failure.status(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				this.problemWriter.writeValueAsBytes(members(problem)));
	}

	/** The problem's members in the order RFC 9457 lists them, its extension members last. */
	private static Map<String, Object> members(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

	void writeJson(HttpServletResponse response, byte[] body) throws IOException {
		write(response, HttpServletResponse.SC_OK, MediaType.APPLICATION_JSON_VALUE, body);
	}

	private static void write(HttpServletResponse response, int status, String contentType, byte[] body)
			throws IOException {
		response.setStatus(status);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
