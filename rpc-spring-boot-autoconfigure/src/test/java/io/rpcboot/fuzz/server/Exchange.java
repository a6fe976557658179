package io.rpcboot.fuzz.server;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;

/**
 * One request as the servlet container saw it, and what the server did with it: whether a
 * method ran, whether the method failed by itself, whether reading the body failed, whether
 * the container dispatched it to the error page.
 */
public final class Exchange {

	/** The response header that carries {@link #id()}: it tells which answer on a connection is whose. */
	public static final String HEADER = "X-Fuzz-Exchange";

	private static final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

	private final String id = Long.toString(ids.incrementAndGet());

	private final String method;

	private final String protocol;

	private final String uri;

	private final String servlet;

	private final @Nullable String contentType;

	private final List<String> timeouts;

	private volatile @Nullable String invoked;

	private volatile @Nullable RpcCode ownFailure;

	private volatile boolean bodyReadFailed;

	private volatile boolean errorDispatched;

	Exchange(String method, String protocol, String uri, String servlet, @Nullable String contentType,
			List<String> timeouts) {
		this.method = method;
		this.protocol = protocol;
		this.uri = uri;
		this.servlet = servlet;
		this.contentType = contentType;
		this.timeouts = timeouts;
	}

	public String id() {
		return this.id;
	}

	public String method() {
		return this.method;
	}

	/** {@code HTTP/1.1}, {@code HTTP/1.0}, or {@code HTTP/0.9}, whose answer is a bare body. */
	public String protocol() {
		return this.protocol;
	}

	public String uri() {
		return this.uri;
	}

	/** Whether the container handed the request to rpcboot's servlet. */
	public boolean reachedRpc() {
		return "rpcEndpointServlet".equals(this.servlet);
	}

	/** The {@code Content-Type} as the container parsed it; {@code null} where none was sent. */
	public @Nullable String contentType() {
		return this.contentType;
	}

	/** The values of every {@code Rpc-Timeout-Ms} header. */
	public List<String> timeouts() {
		return this.timeouts;
	}

	/** The service method that ran for this request, or {@code null} if none did. */
	public @Nullable String invoked() {
		return this.invoked;
	}

	/** The code of what the method threw on purpose, or {@code null} where it did not throw. */
	public @Nullable RpcCode ownFailure() {
		return this.ownFailure;
	}

	/** Whether reading the body threw: the caller cut its upload, or its framing was broken. */
	public boolean bodyReadFailed() {
		return this.bodyReadFailed;
	}

	/** Whether the container dispatched this request to the error page ({@code /error}). */
	public boolean errorDispatched() {
		return this.errorDispatched;
	}

	void invoked(String name) {
		this.invoked = name;
	}

	void failedOwn(RpcCode code) {
		this.ownFailure = code;
	}

	void markBodyReadFailed() {
		this.bodyReadFailed = true;
	}

	void markErrorDispatched() {
		this.errorDispatched = true;
	}

	@Override
	public String toString() {
		return "#" + this.id + " " + this.method + " " + this.uri + " " + this.protocol + " (servlet " + this.servlet
				+ ", Content-Type " + this.contentType + ", Rpc-Timeout-Ms " + this.timeouts + ", ran " + this.invoked
				+ ", own failure " + this.ownFailure + ", body read failed " + this.bodyReadFailed + ", error dispatch "
				+ this.errorDispatched + ")";
	}

}
