package io.rpcboot.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.ClientRequestObservationConvention;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * The {@code http.client.requests} observation of one attempt of a future call, as
 * {@code RestClient} makes it for a blocking one: nested under the call's {@code rpc.client}
 * observation, with Spring's default convention, so that a tracer puts the trace context in
 * the request's headers ({@link #headers()}) and the server's spans join the caller's trace.
 */
final class AsyncExchangeObservation {

	private static final ClientRequestObservationConvention CONVENTION = new DefaultClientRequestObservationConvention();

	private final Observation observation;

	private final ClientRequestObservationContext context;

	private final Carrier request;

	private AsyncExchangeObservation(Observation observation, ClientRequestObservationContext context, Carrier request) {
		this.observation = observation;
		this.context = context;
		this.request = request;
	}

	/**
	 * Starts the observation of an exchange.
	 * @param call the call's observation, its parent
	 * @return {@code null} where the call is not observed
	 */
	static @Nullable AsyncExchangeObservation start(Observation call, ObservationRegistry registry, URI uri,
			String uriTemplate) {
		if (call.isNoop() || registry.isNoop()) {
			return null;
		}
		Carrier request = new Carrier(uri);
		ClientRequestObservationContext context = new ClientRequestObservationContext(request);
		context.setUriTemplate(uriTemplate);
		Observation observation = ClientHttpObservationDocumentation.HTTP_CLIENT_EXCHANGES
			.observation(null, CONVENTION, () -> context, registry)
			.parentObservation(call)
			.start();
		return new AsyncExchangeObservation(observation, context, request);
	}

	/** The headers the observation added to the request, the trace context among them. */
	HttpHeaders headers() {
		return this.request.getHeaders();
	}

	void answered(int status, HttpHeaders headers) {
		this.context.setResponse(new Answered(status, headers));
		this.observation.stop();
	}

	void failed(Throwable failure) {
		this.observation.error(failure);
		this.observation.stop();
	}

	/** What the observation sees of the request: its method, URI and headers. */
	private static final class Carrier implements ClientHttpRequest {

		private final URI uri;

		private final HttpHeaders headers = new HttpHeaders();

		private final Map<String, Object> attributes = new HashMap<>();

		Carrier(URI uri) {
			this.uri = uri;
		}

		@Override
		public HttpMethod getMethod() {
			return HttpMethod.POST;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public OutputStream getBody() {
			throw new UnsupportedOperationException("the async client sends the body");
		}

		@Override
		public ClientHttpResponse execute() {
			throw new UnsupportedOperationException("the async client sends the request");
		}

	}

	/** What the observation sees of the answer: its status and headers. */
	private record Answered(int status, HttpHeaders headers) implements ClientHttpResponse {

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.status);
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return InputStream.nullInputStream();
		}

		@Override
		public void close() {
		}

	}

}
