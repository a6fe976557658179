package io.rpcboot.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import io.micrometer.observation.Observation;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcException;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.ResponseDecoder.Outcome;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.protocol.MessageBodies;
import io.rpcboot.protocol.RpcProtocol;

/**
 * The client's RPC runtime: sends one call through {@link RestClient} within its deadline,
 * each attempt to the server its {@link RpcTarget} chooses, resends it where its
 * {@link Resender} allows, and maps every way it can go wrong to the contract's exceptions.
 */
final class RpcTransport {

	private static final Object[] NO_ARGUMENTS = {};

	/**
	 * How long past a call's deadline the client still waits for the server's 504 before it
	 * aborts the exchange: an abort closes the connection, and the server could count a caller
	 * that hung up rather than a deadline.
	 */
	static final long ANSWER_GRACE_MILLIS = 100;

	/**
	 * Where {@code RestClient} keeps a request's URI template, which its observation tags as
	 * {@code uri}: a call is tagged with its target's path, not {@code "none"}, whichever server
	 * takes it. Spring sets it only for a template it expands, and expanding would re-encode a
	 * URL's escapes; it strips only an {@code http(s)} scheme and host, so the path is given.
	 */
	private static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	private final RestClient restClient;

	private final RequestEncoding encoding;

	private final ResponseDecoder decoder;

	private final Executor asyncExecutor;

	private final ScheduledExecutorService deadlines;

	private final ClientObservations observations;

	private final RpcTarget target;

	private final @Nullable RpcAsyncClient asyncClient;

	/**
	 * @param asyncExecutor runs the calls of methods that return a {@code CompletableFuture}
	 * @param deadlines aborts each exchange still running at its call's deadline
	 * @param target chooses the server of each attempt
	 * @param observations observes and counts each call
	 * @param codec the encoding of requests, one of {@code codecs}, which read the answers
	 * @param asyncClient sends the calls of methods that return a {@code CompletableFuture}
	 * without a thread each, or {@code null} to run them on {@code asyncExecutor}
	 */
	RpcTransport(RestClient restClient, RpcCodecs codecs, RpcCodec codec, Executor asyncExecutor,
			ScheduledExecutorService deadlines, RpcTarget target, ClientObservations observations,
			@Nullable RpcAsyncClient asyncClient) {
		this.restClient = restClient;
		this.encoding = new RequestEncoding(codecs, codec);
		this.decoder = new ResponseDecoder(codecs);
		this.asyncExecutor = asyncExecutor;
		this.deadlines = deadlines;
		this.target = target;
		this.observations = observations;
		this.asyncClient = asyncClient;
	}

	@Nullable Object call(ClientMethod method, @Nullable Object[] arguments) throws Throwable {
		return this.observations.observe(this.observations.create(method), method,
				() -> call(method, arguments, OutgoingDeadline.of(method)));
	}

	/** Starts the call at once; its deadline counts from now, capped on this thread. */
	CompletableFuture<Object> callAsync(ClientMethod method, @Nullable Object[] arguments) {
		OutgoingDeadline deadline = OutgoingDeadline.of(method);
		Observation observation = this.observations.create(method); // here, to nest under the caller's
		if (this.asyncClient != null) {
			return new AsyncCall(method, deadline, observation, this.observations, this.target, this.asyncClient,
					this.encoding, this.decoder, this.deadlines).start((arguments != null) ? arguments : NO_ARGUMENTS);
		}
		CompletableFuture<Object> future = new CompletableFuture<>();
		try {
			this.asyncExecutor.execute(() -> {
				try {
					future.complete(this.observations.observe(observation, method, () -> call(method, arguments, deadline)));
				}
				catch (Throwable ex) {
					future.completeExceptionally(ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			future.completeExceptionally(shuttingDown(method, ex));
		}
		return future;
	}

	/** Sends a call, and again after a pause for as long as its {@link Resender} allows. */
	private @Nullable Object call(ClientMethod method, @Nullable Object[] arguments, OutgoingDeadline deadline)
			throws Throwable {
		RpcTimeoutException passed = deadline.passedAlready(method);
		if (passed != null) {
			throw passed;
		}
		Object[] values = (arguments != null) ? arguments : NO_ARGUMENTS;
		RpcCodec codec = this.encoding.current();
		byte[] body = this.encoding.write(codec, method, values);
		Resender resender = method.resender();
		resender.callStarted();
		RpcTarget.Server server = null;
		for (int attempts = 1;; attempts++) {
			long started = System.nanoTime();
			Outcome outcome;
			try {
				server = this.target.choose(method.operation(), method.uri(), server,
						Duration.ofNanos(deadline.nanoTime() - started));
				URI uri = server.uri(method.uri());
				outcome = send(method, uri, codec, body, deadline);
				RpcCodec json = this.encoding.refused(codec, outcome, method, uri);
				if (json != null) {
					codec = json;
					body = this.encoding.write(codec, method, values);
					outcome = send(method, uri, codec, body, deadline);
				}
				server.attemptEnded(outcome.failure());
			}
			catch (RuntimeException ex) {
				outcome = choiceFailed(method, ex);
			}
			Throwable failure = outcome.failure();
			if (failure == null) {
				return outcome.value();
			}
			long pause = resender.pauseNanos(method, attempts, outcome, System.nanoTime() - started,
					deadline.nanoTime());
			if (pause == Resender.GIVE_UP || !sleep(pause)) {
				throw deadline.explain(method, failure);
			}
		}
	}

	/** The factory was destroyed: its executors take no more work, and the call never left. */
	static RpcUnavailableException shuttingDown(ClientMethod method, RejectedExecutionException ex) {
		return new RpcUnavailableException(method.service(), method.name(), "the client is shutting down", ex);
	}

	private static boolean sleep(long nanos) {
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** One attempt, to that URI: its value, or the exception the caller sees, never thrown. */
	private Outcome send(ClientMethod method, URI uri, RpcCodec codec, byte[] body, OutgoingDeadline deadline) {
		long remaining = TimeUnit.NANOSECONDS.toMillis(deadline.nanoTime() - System.nanoTime());
		if (remaining <= 0) {
			return Outcome.failure(deadline.timeout(method,
					"the deadline of " + deadline.describe(method) + " passed before the call was sent", null));
		}
		// the server learns the deadline and answers 504 at it; the client gives it a moment more
		// before it aborts: the connection then survives the timeout, and both sides agree on it
		CallDeadline call = CallDeadline.begin(Math.min(method.connectTimeout().toMillis(), remaining),
				remaining + ANSWER_GRACE_MILLIS);
		try {
			ScheduledFuture<?> watchdog = this.deadlines.schedule(call::abort,
					deadline.nanoTime() - System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_GRACE_MILLIS),
					TimeUnit.NANOSECONDS);
			try {
				return this.restClient.post()
					.uri(uri)
					.attribute(URI_TEMPLATE_ATTRIBUTE, method.uri().getRawPath())
					.contentType(codec.mediaType())
					.accept(this.encoding.headers(codec).accept())
					.header(RpcProtocol.TIMEOUT_HEADER, Long.toString(remaining))
					.body(body)
					.exchange((request, response) -> receive(method, call, response));
			}
			finally {
				watchdog.cancel(false);
			}
		}
		catch (ResourceAccessException ex) {
			return transportFailure(method, uri, ex, (ex.getCause() != null) ? ex.getCause() : ex, deadline);
		}
		catch (RejectedExecutionException ex) {
			return Outcome.failure(shuttingDown(method, ex));
		}
		catch (RpcException ex) {
			return Outcome.failure(ex); // thrown on purpose by an interceptor
		}
		catch (RuntimeException ex) {
			if (call.aborted()) {
				// cut at the deadline wherever it was, HttpClient may fail in its own way
				// (IllegalStateException: "Endpoint not acquired / already released")
				return Outcome.failure(deadline.timeout(method, "no answer within " + deadline.describe(method), ex));
			}
			// a RestClientException, or an interceptor's or initializer's own failure
			return Outcome.failure(failedInClient(method, ex));
		}
		finally {
			call.end();
		}
	}

	/**
	 * Reads the answer, at most {@link ClientMethod#maxResponseBytes()} of it: a bigger one is
	 * refused as soon as it says so or passes the limit, and its connection is closed rather
	 * than drained.
	 */
	private Outcome receive(ClientMethod method, CallDeadline call, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		HttpHeaders headers = response.getHeaders();
		int limit = method.maxResponseBytes();
		long declared = contentLength(headers);
		if (declared > limit) {
			return tooLarge(method, call, status, "it declares " + declared + " bytes");
		}
		byte[] body = MessageBodies.read(response.getBody(), declared, limit);
		if (body.length > limit) {
			return tooLarge(method, call, status, "refused after " + limit + " bytes");
		}
		return this.decoder.decode(method, status, headers, body);
	}

	private static long contentLength(HttpHeaders headers) {
		try {
			return headers.getContentLength();
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static Outcome tooLarge(ClientMethod method, CallDeadline call, int status, String what) {
		call.abort(); // closing the response would read the rest of it, to pool the connection
		return tooLarge(method, status, what);
	}

	/** The failure of an answer over the size limit. */
	static Outcome tooLarge(ClientMethod method, int status, String what) {
		return Outcome.failure(new RpcRemoteException(RpcCode.RESOURCE_EXHAUSTED, status, null, method.service(),
				method.name(), "the answer is over rpc.client.max-response-size, " + method.maxResponseBytes()
						+ " bytes (" + what + ")", null));
	}

	/**
	 * The failure of an exchange that got no whole answer: a timeout where the deadline passed,
	 * else unavailable, and unsent where the request provably never left.
	 * @param ex what the HTTP client threw
	 * @param cause the I/O failure behind it
	 */
	static Outcome transportFailure(ClientMethod method, URI uri, Exception ex, Throwable cause,
			OutgoingDeadline deadline) {
		if (deadline.nanoTime() - System.nanoTime() <= 0 || isReadTimeout(cause)) {
			// whether a read timed out or the deadline aborted the exchange, the caller learns the same
			return Outcome.failure(deadline.timeout(method, "no answer within " + deadline.describe(method), ex));
		}
		if (neverSent(cause)) {
			return Outcome.unsent(new RpcUnavailableException(method.service(), method.name(),
					"cannot reach " + uri + " (" + describe(cause) + ")", ex));
		}
		return Outcome.failure(new RpcUnavailableException(method.service(), method.name(), "no whole answer from "
				+ uri + " (" + describe(cause) + "); the call may have run", ex));
	}

	/**
	 * Whether the request provably never left: no connection could be opened (refused, timed
	 * out, no route, unknown host, a TLS handshake that failed) or leased from the pool.
	 */
	private static boolean neverSent(Throwable cause) {
		return cause instanceof ConnectException || cause instanceof ConnectTimeoutException
				|| cause instanceof NoRouteToHostException || cause instanceof UnknownHostException
				|| cause instanceof SSLHandshakeException || cause instanceof ConnectionRequestTimeoutException;
	}

	/** A timeout while waiting for the answer; a connect timeout means the server is unreachable. */
	private static boolean isReadTimeout(Throwable cause) {
		return cause instanceof InterruptedIOException && !(cause instanceof ConnectException)
				&& !cause.getClass().getSimpleName().contains("Connect");
	}

	/**
	 * Choosing the server of an attempt failed: with none to send it to, the call never left;
	 * the choice failed otherwise, such as at the deadline; or a target's own failure, or a
	 * {@code LoadBalancerLifecycle} bean's, still one of the contract's exceptions.
	 */
	static Outcome choiceFailed(ClientMethod method, RuntimeException ex) {
		if (ex instanceof RpcUnavailableException unavailable) {
			return Outcome.unsent(unavailable);
		}
		return Outcome.failure((ex instanceof RpcException rpc) ? rpc : failedInClient(method, ex));
	}

	/** Something on the client's side failed the call: {@code INTERNAL}, and no answer (status 0). */
	private static RpcRemoteException failedInClient(ClientMethod method, RuntimeException ex) {
		return new RpcRemoteException(RpcCode.INTERNAL, 0, null, method.service(), method.name(),
				"the call failed in the client (" + describe(ex) + ")", ex);
	}

	static String describe(Throwable ex) {
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

}
