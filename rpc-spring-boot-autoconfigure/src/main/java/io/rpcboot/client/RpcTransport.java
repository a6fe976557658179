package io.rpcboot.client;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.ResponseDecoder.Outcome;
import io.rpcboot.protocol.RpcProtocol;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's RPC runtime: sends one call through {@link RestClient} within its deadline,
 * and maps every way it can go wrong to the contract's exceptions.
 */
final class RpcTransport {

	private static final Object[] NO_ARGUMENTS = {};

	/** Attempts of an idempotent call in all, and the pause before the first retry (doubling after). */
	private static final int MAX_ATTEMPTS = 3;

	private static final long RETRY_BACKOFF_MILLIS = 25;

	/**
	 * Where {@code RestClient} keeps a request's URI template, which its observation tags as
	 * {@code uri}: a call is tagged with its target, not {@code "none"}. Spring sets it only
	 * for a template it expands, and expanding would re-encode a URL's escapes.
	 */
	private static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	private final RestClient restClient;

	private final ObjectWriter argumentsWriter;

	private final ResponseDecoder decoder;

	private final Executor asyncExecutor;

	private final ScheduledExecutorService deadlines;

	/**
	 * @param asyncExecutor runs the calls of methods that return a {@code CompletableFuture}
	 * @param deadlines aborts each exchange still running at its call's deadline
	 */
	RpcTransport(RestClient restClient, JsonMapper mapper, Executor asyncExecutor,
			ScheduledExecutorService deadlines) {
		this.restClient = restClient;
		this.argumentsWriter = mapper.writerFor(Object[].class);
		this.decoder = new ResponseDecoder(mapper);
		this.asyncExecutor = asyncExecutor;
		this.deadlines = deadlines;
	}

	@Nullable Object call(ClientMethod method, @Nullable Object[] arguments) throws Throwable {
		return call(method, arguments, System.nanoTime() + method.timeout().toNanos());
	}

	/** Starts the call at once on another thread; its deadline counts from now. */
	CompletableFuture<Object> callAsync(ClientMethod method, @Nullable Object[] arguments) {
		long deadline = System.nanoTime() + method.timeout().toNanos();
		CompletableFuture<Object> future = new CompletableFuture<>();
		try {
			this.asyncExecutor.execute(() -> {
				try {
					future.complete(call(method, arguments, deadline));
				}
				catch (Throwable ex) {
					future.completeExceptionally(ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			future.completeExceptionally(
					new RpcUnavailableException(method.service(), method.name(), "the client is shutting down", ex));
		}
		return future;
	}

	/**
	 * Sends a call; an idempotent one is sent again, within its deadline, when the server
	 * could not be reached or answered that it is unavailable.
	 */
	private @Nullable Object call(ClientMethod method, @Nullable Object[] arguments, long deadline) throws Throwable {
		byte[] body = serialize(method, (arguments != null) ? arguments : NO_ARGUMENTS);
		for (int attempt = 1;; attempt++) {
			try {
				return send(method, body, deadline);
			}
			catch (RpcUnavailableException ex) {
				long backoff = RETRY_BACKOFF_MILLIS << (attempt - 1);
				long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (!method.idempotent() || attempt >= MAX_ATTEMPTS || remaining <= backoff) {
					throw ex;
				}
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	private @Nullable Object send(ClientMethod method, byte[] body, long deadline) throws Throwable {
		long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
		if (remaining <= 0) {
			throw timeout(method, "the deadline of " + format(method.timeout()) + " passed before the call was sent",
					null);
		}
		Outcome outcome;
		CallDeadline call = CallDeadline.begin(Math.min(method.connectTimeout().toMillis(), remaining), remaining);
		ScheduledFuture<?> watchdog = this.deadlines.schedule(call::expire, deadline - System.nanoTime(),
				TimeUnit.NANOSECONDS);
		try {
			outcome = this.restClient.post()
				.uri(method.uri())
				.attribute(URI_TEMPLATE_ATTRIBUTE, method.uri().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.header(RpcProtocol.TIMEOUT_HEADER, Long.toString(remaining))
				.body(body)
				.exchange((request, response) -> this.decoder.decode(method, response.getStatusCode().value(),
						response.getHeaders().getContentType(), response.getBody().readAllBytes()));
		}
		catch (ResourceAccessException ex) {
			throw transportFailure(method, ex, deadline);
		}
		finally {
			watchdog.cancel(false);
			call.end();
		}
		if (outcome.failure() != null) {
			throw outcome.failure();
		}
		return outcome.value();
	}

	private byte[] serialize(ClientMethod method, Object[] arguments) {
		try {
			return this.argumentsWriter.writeValueAsBytes(arguments);
		}
		catch (JacksonException ex) {
			for (int i = 0; i < arguments.length; i++) {
				try {
					this.argumentsWriter.writeValueAsBytes(new Object[] { arguments[i] });
				}
				catch (JacksonException argumentFailure) {
					throw new IllegalArgumentException(method.operation().qualifiedName() + ": "
							+ method.operation().parameters().get(i).describe() + " cannot be written as JSON: "
							+ argumentFailure.getOriginalMessage(), argumentFailure);
				}
			}
			throw new IllegalArgumentException(method.operation().qualifiedName()
					+ ": the arguments cannot be written as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private RpcException transportFailure(ClientMethod method, ResourceAccessException ex, long deadline) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		if (deadline - System.nanoTime() <= 0 || isReadTimeout(cause)) {
			// whether a read timed out or the deadline aborted the exchange, the caller learns the same
			return timeout(method, "no answer within " + format(method.timeout()), ex);
		}
		String what = cause.getClass().getSimpleName()
				+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
		return new RpcUnavailableException(method.service(), method.name(),
				"cannot reach " + method.uri() + " (" + what + ")", ex);
	}

	/** A timeout while waiting for the answer; a connect timeout means the server is unreachable. */
	private static boolean isReadTimeout(Throwable cause) {
		return cause instanceof InterruptedIOException && !(cause instanceof ConnectException)
				&& !cause.getClass().getSimpleName().contains("Connect");
	}

	private static RpcTimeoutException timeout(ClientMethod method, String detail, @Nullable Throwable cause) {
		return new RpcTimeoutException(method.service(), method.name(), detail, cause);
	}

	private static String format(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}


}
