package io.rpcboot.client;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.jspecify.annotations.Nullable;


import io.rpcboot.RpcCode;
import io.rpcboot.RpcException;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.client.LimitedResponseConsumer.Answer;
import io.rpcboot.client.LimitedResponseConsumer.TooLarge;
import io.rpcboot.client.ResponseDecoder.Outcome;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.protocol.RpcProtocol;

/**
 * One call of a method that returns a {@code CompletableFuture}, sent without a thread of its
 * own: each attempt is an exchange of the {@link RpcAsyncClient}, its answer is decoded on an
 * I/O thread, a resend is scheduled after its pause, and a watchdog aborts the exchange at the
 * deadline. The rules are the blocking call's: {@link OutgoingDeadline}, {@link Resender},
 * {@link RpcTarget}, {@link RequestEncoding} (and its 415 fallback to JSON), {@link ResponseDecoder},
 * {@link RpcTransport}'s transport failures and size limit, {@link ClientObservations}.
 * Cancelling the future aborts the exchange.
 */
final class AsyncCall {

	private final ClientMethod method;

	private final OutgoingDeadline deadline;

	private final Observation observation;

	private final ClientObservations observations;

	private final RpcTarget target;

	private final RpcAsyncClient client;

	private final RequestEncoding encoding;

	private final ResponseDecoder decoder;

	private final ScheduledExecutorService scheduler;

	private final CompletableFuture<Object> future = new CompletableFuture<>();

	private final AtomicBoolean ended = new AtomicBoolean();

	private Object[] arguments = {};

	/** The encoding of the call's requests: the client's when it started, JSON once a server refused that. */
	private RpcCodec codec;

	private byte[] body = new byte[0];

	private int attempts;

	private long attemptStarted;

	private RpcTarget.@Nullable Server server;

	/** The exchange in flight, guarded by this. */
	private @Nullable Future<?> exchange;

	/** Whether the watchdog or the caller aborted the call, guarded by this. */
	private boolean aborted;

	private volatile @Nullable ScheduledFuture<?> watchdog;

	AsyncCall(ClientMethod method, OutgoingDeadline deadline, Observation observation, ClientObservations observations,
			RpcTarget target, RpcAsyncClient client, RequestEncoding encoding, ResponseDecoder decoder,
			ScheduledExecutorService scheduler) {
		this.method = method;
		this.deadline = deadline;
		this.observation = observation;
		this.observations = observations;
		this.target = target;
		this.client = client;
		this.encoding = encoding;
		this.codec = encoding.current();
		this.decoder = decoder;
		this.scheduler = scheduler;
	}

	/** Sends the first attempt from the calling thread, and returns the call's future at once. */
	CompletableFuture<Object> start(Object[] arguments) {
		this.observations.started(this.observation);
		this.future.whenComplete((value, failure) -> {
			if (failure instanceof CancellationException cancellation) {
				cancelled(cancellation);
			}
		});
		try {
			RpcTimeoutException passed = this.deadline.passedAlready(this.method);
			if (passed != null) {
				end(null, passed);
				return this.future;
			}
			this.arguments = arguments;
			this.body = this.encoding.write(this.codec, this.method, arguments);
			this.method.resender().callStarted();
			// as for a blocking call, the server's 504 has a moment past the deadline to arrive
			this.watchdog = this.scheduler.schedule(this::abort, this.deadline.nanoTime() - System.nanoTime()
					+ TimeUnit.MILLISECONDS.toNanos(RpcTransport.ANSWER_GRACE_MILLIS), TimeUnit.NANOSECONDS);
			if (this.ended.get()) { // cancelled before the watchdog was set
				cancelWatchdog();
				return this.future;
			}
			attempt();
		}
		catch (RejectedExecutionException ex) {
			end(null, RpcTransport.shuttingDown(this.method, ex));
		}
		catch (RuntimeException ex) { // an argument that cannot be written, a target that failed its own way
			end(null, ex);
		}
		return this.future;
	}

	private void attempt() {
		if (this.future.isDone()) {
			return;
		}
		this.attempts++;
		this.attemptStarted = System.nanoTime();
		try {
			this.server = this.target.choose(this.method.operation(), this.method.uri(), this.server,
					Duration.ofNanos(this.deadline.nanoTime() - this.attemptStarted));
		}
		catch (RuntimeException ex) {
			attemptEnded(RpcTransport.choiceFailed(this.method, ex), false);
			return;
		}
		send(this.server.uri(this.method.uri()));
	}

	/**
	 * The server answered 415 to the client's encoding: the same attempt goes to it again as
	 * JSON, at once, as a blocking call's does (and the client sends JSON from now on).
	 */
	private void resendAsJson(URI uri, RpcCodec json, Outcome refused) {
		try {
			// no attempt starts on an I/O thread
			this.scheduler.execute(() -> {
				try {
					sendAsJson(uri, json);
				}
				catch (RuntimeException ex) {
					end(null, ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			attemptEnded(refused, true);
		}
	}

	private void sendAsJson(URI uri, RpcCodec json) {
		if (this.future.isDone()) {
			return;
		}
		this.codec = json;
		this.body = this.encoding.write(json, this.method, this.arguments);
		send(uri);
	}

	/** One exchange with the attempt's server, within what is left of the deadline. */
	private void send(URI uri) {
		long remaining = TimeUnit.NANOSECONDS.toMillis(this.deadline.nanoTime() - System.nanoTime());
		if (remaining <= 0) {
			attemptEnded(Outcome.failure(this.deadline.timeout(this.method,
					"the deadline of " + this.deadline.describe(this.method) + " passed before the call was sent",
					null)), true);
			return;
		}
		try {
			exchange(uri, remaining);
		}
		catch (RejectedExecutionException | IllegalStateException ex) { // the client is closed
			attemptEnded(Outcome.unsent(RpcTransport.shuttingDown(this.method, new RejectedExecutionException(ex))),
					true);
		}
	}

	@SuppressWarnings("deprecation") // a per-request connect timeout has no other home in HttpClient 5
	private void exchange(URI uri, long remaining) {
		RpcCodec codec = this.codec;
		AsyncRequestBuilder request = AsyncRequestBuilder.post(uri)
			.setEntity(AsyncEntityProducers.create(this.body, this.encoding.headers(codec).contentType()))
			.addHeader(HttpHeaders.ACCEPT, this.encoding.headers(codec).acceptValue())
			.addHeader(RpcProtocol.TIMEOUT_HEADER, Long.toString(remaining));
		this.client.headers().forEach(request::setHeader);
		AsyncExchangeObservation observed = this.observations.exchange(this.observation, uri,
				this.method.uri().getRawPath());
		if (observed != null) {
			observed.headers().forEach((name, values) -> request.setHeader(name, values.get(0))); // the trace context
		}
		HttpClientContext context = HttpClientContext.create();
		context.setRequestConfig(RequestConfig.custom()
			.setConnectTimeout(Math.min(this.method.connectTimeout().toMillis(), remaining), TimeUnit.MILLISECONDS)
			.setConnectionRequestTimeout(remaining, TimeUnit.MILLISECONDS)
			.setResponseTimeout(remaining + RpcTransport.ANSWER_GRACE_MILLIS, TimeUnit.MILLISECONDS)
			.build());
		context.setAttribute(RpcAsyncClient.CLIENT_NAME_ATTRIBUTE, this.client.name());
		Future<Answer> exchange;
		try {
			exchange = this.client.httpClient()
				.execute(request.build(), new LimitedResponseConsumer(this.method.maxResponseBytes()), context,
						new Exchange(uri, codec, observed));
		}
		catch (RuntimeException ex) {
			if (observed != null) {
				observed.failed(ex);
			}
			throw ex;
		}
		boolean abort;
		synchronized (this) {
			// this exchange may have ended and its resend begun before execute() returned here
			if (this.exchange == null || this.exchange.isDone()) {
				this.exchange = exchange;
			}
			abort = this.future.isDone() || this.aborted;
		}
		if (abort) {
			exchange.cancel(true);
		}
	}

	/** How an attempt ended: the call ends, or is sent again after a pause. */
	private void attemptEnded(Outcome outcome, boolean sent) {
		if (sent && this.server != null) {
			this.server.attemptEnded(outcome.failure());
		}
		Throwable failure = outcome.failure();
		if (failure == null) {
			end(outcome.value(), null);
			return;
		}
		long pause = this.method.resender().pauseNanos(this.method, this.attempts, outcome,
				System.nanoTime() - this.attemptStarted, this.deadline.nanoTime());
		if (pause == Resender.GIVE_UP || this.future.isDone()) {
			end(null, this.deadline.explain(this.method, failure));
			return;
		}
		try {
			// a pause is a scheduled resend, never a sleeping thread; and no attempt starts on an I/O thread
			this.scheduler.schedule(this::resend, pause, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			end(null, this.deadline.explain(this.method, failure));
		}
	}

	private void resend() {
		try {
			attempt();
		}
		catch (RuntimeException ex) {
			end(null, ex);
		}
	}

	/** Just past the deadline (or when the caller cancels): the exchange in flight is aborted. */
	private void abort() {
		Future<?> pending;
		synchronized (this) {
			this.aborted = true;
			pending = this.exchange;
		}
		if (pending != null) {
			pending.cancel(true);
		}
	}

	private void cancelled(CancellationException cancellation) {
		if (this.ended.compareAndSet(false, true)) {
			abort();
			cancelWatchdog();
			this.observations.cancelled(this.observation, cancellation);
		}
	}

	private void end(@Nullable Object value, @Nullable Throwable failure) {
		if (!this.ended.compareAndSet(false, true)) {
			return;
		}
		cancelWatchdog();
		this.observations.ended(this.observation, this.method, failure);
		if (failure != null) {
			this.future.completeExceptionally(failure);
		}
		else {
			this.future.complete(value);
		}
	}

	private void cancelWatchdog() {
		ScheduledFuture<?> watchdog = this.watchdog;
		if (watchdog != null) {
			watchdog.cancel(false);
		}
	}

	/** The end of one exchange, on an I/O thread (or the thread that aborted it). */
	private final class Exchange implements FutureCallback<Answer> {

		private final URI uri;

		private final RpcCodec codec;

		private final @Nullable AsyncExchangeObservation observed;

		Exchange(URI uri, RpcCodec codec, @Nullable AsyncExchangeObservation observed) {
			this.uri = uri;
			this.codec = codec;
			this.observed = observed;
		}

		@Override
		public void completed(Answer answer) {
			if (this.observed != null) {
				this.observed.answered(answer.status(), answer.headers());
			}
			Outcome outcome;
			try {
				outcome = AsyncCall.this.decoder.decode(AsyncCall.this.method, answer.status(), answer.headers(),
						answer.body());
			}
			catch (RuntimeException ex) {
				outcome = Outcome.failure(ex);
			}
			RpcCodec json = AsyncCall.this.encoding.refused(this.codec, outcome, AsyncCall.this.method, this.uri);
			if (json != null) {
				resendAsJson(this.uri, json, outcome);
				return;
			}
			attemptEnded(outcome, true);
		}

		@Override
		public void failed(Exception ex) {
			if (this.observed != null) {
				this.observed.failed(ex);
			}
			ClientMethod method = AsyncCall.this.method;
			Throwable cause = (ex instanceof TooLarge) ? ex : ex.getCause();
			if (cause instanceof TooLarge tooLarge) {
				attemptEnded(RpcTransport.tooLarge(method, tooLarge.status(), tooLarge.getMessage()), true);
			}
			else if (ex instanceof RpcException rpc) { // thrown on purpose by an interceptor
				attemptEnded(Outcome.failure(rpc), true);
			}
			else {
				attemptEnded(RpcTransport.transportFailure(method, this.uri, ex, ex, AsyncCall.this.deadline), true);
			}
		}

		@Override
		public void cancelled() {
			if (this.observed != null) {
				this.observed.failed(new CancellationException("the exchange was aborted"));
			}
			if (AsyncCall.this.future.isDone()) {
				return; // its caller cancelled the call
			}
			// the watchdog aborted it at the deadline
			attemptEnded(Outcome.failure(AsyncCall.this.deadline.timeout(AsyncCall.this.method,
					"no answer within " + AsyncCall.this.deadline.describe(AsyncCall.this.method), null)), true);
		}

	}

}
