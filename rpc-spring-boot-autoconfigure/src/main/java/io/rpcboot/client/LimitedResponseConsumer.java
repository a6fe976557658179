package io.rpcboot.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.ByteArrayBuffer;
import org.jspecify.annotations.Nullable;

import io.rpcboot.protocol.MessageBodies;

/**
 * Reads an answer on the async HTTP client's I/O thread, at most a method's
 * {@link ClientMethod#maxResponseBytes()} of it: a bigger one fails the exchange with
 * {@link TooLarge} as soon as it says so or passes the limit, which closes its connection
 * rather than draining it.
 */
final class LimitedResponseConsumer implements AsyncResponseConsumer<LimitedResponseConsumer.Answer> {

	private final int limit;

	private @Nullable HttpResponse response;

	private @Nullable ByteArrayBuffer body;

	private @Nullable FutureCallback<Answer> callback;

	LimitedResponseConsumer(int limit) {
		this.limit = limit;
	}

	@Override
	public void consumeResponse(HttpResponse response, @Nullable EntityDetails entity, HttpContext context,
			FutureCallback<Answer> callback) throws IOException {
		long declared = contentLength(response.getFirstHeader(HttpHeaders.CONTENT_LENGTH));
		if (declared > this.limit) {
			throw new TooLarge(response.getCode(), "it declares " + declared + " bytes");
		}
		this.response = response;
		this.callback = callback;
		// as for a blocking call: a modest declared length is allocated whole, a big one grows as it arrives
		this.body = new ByteArrayBuffer(MessageBodies.readsExactly(declared, this.limit) ? (int) declared : 256);
		if (entity == null) {
			streamEnd(null);
		}
	}

	private static long contentLength(@Nullable Header header) {
		try {
			return (header != null) ? Long.parseLong(header.getValue().trim()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@Override
	public void informationResponse(HttpResponse response, HttpContext context) {
	}

	@Override
	public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
		capacityChannel.update(Integer.MAX_VALUE);
	}

	@Override
	public void consume(ByteBuffer src) throws IOException {
		ByteArrayBuffer body = this.body;
		HttpResponse response = this.response;
		if (body == null || response == null) {
			return;
		}
		if (src.remaining() > this.limit - body.length()) {
			throw new TooLarge(response.getCode(), "refused after " + this.limit + " bytes");
		}
		body.append(src);
	}

	@Override
	public void streamEnd(@Nullable List<? extends Header> trailers) {
		HttpResponse response = this.response;
		ByteArrayBuffer body = this.body;
		FutureCallback<Answer> callback = this.callback;
		if (response == null || callback == null) {
			return;
		}
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		for (Header header : response.getHeaders()) {
			headers.add(header.getName(), header.getValue());
		}
		callback.completed(new Answer(response.getCode(), headers, (body != null) ? bytes(body) : new byte[0]));
	}

	/** The body's bytes: its own array where the body filled it exactly, as a declared length does. */
	private static byte[] bytes(ByteArrayBuffer body) {
		return (body.length() == body.capacity()) ? body.array() : body.toByteArray();
	}

	@Override
	public void failed(Exception cause) {
	}

	@Override
	public void releaseResources() {
		this.body = null;
	}

	/** A whole answer. */
	record Answer(int status, org.springframework.http.HttpHeaders headers, byte[] body) {

	}

	/** An answer over the size limit, refused. */
	static final class TooLarge extends IOException {

		private final int status;

		TooLarge(int status, String what) {
			super(what);
			this.status = status;
		}

		int status() {
			return this.status;
		}

	}

}
