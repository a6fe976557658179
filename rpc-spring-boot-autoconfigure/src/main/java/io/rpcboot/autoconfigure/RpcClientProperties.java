package io.rpcboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings of the client stubs: where each client's calls go and how long they may take. */
@ConfigurationProperties("rpc.client")
public class RpcClientProperties {

	/** Deadline of every call, unless the client or the method sets one. */
	private Duration timeout = Duration.ofSeconds(10);

	/** Longest a connection may take to open, unless the client sets its own. */
	private Duration connectTimeout = Duration.ofSeconds(2);

	/** The servers' rpc.server.path, appended to each client's URL. */
	private String path = "/rpc";

	/** Per-client settings, by client name (@RpcClient name, by default the service name). */
	private Map<String, Service> services = new LinkedHashMap<>();

	/** Largest answer a call accepts; a bigger one fails resource_exhausted as soon as it is known. */
	private DataSize maxResponseSize = DataSize.ofMegabytes(16);

	/** Resending of calls that are safe to send again: idempotent ones, and any that never left. */
	private final Retry retry = new Retry();

	/** Calls of methods that return a CompletableFuture, sent without a thread each. */
	private final Async async = new Async();

	/**
	 * Encoding of requests and answers, unless the client sets its own: json, or smile between
	 * rpcboot peers (needs jackson-dataformat-smile); a server that refuses it gets JSON.
	 */
	private String encoding = "json";

	public String getEncoding() {
		return this.encoding;
	}

	public void setEncoding(String encoding) {
		this.encoding = encoding;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public Map<String, Service> getServices() {
		return this.services;
	}

	public void setServices(Map<String, Service> services) {
		this.services = services;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Async getAsync() {
		return this.async;
	}

	/** Settings of the calls of methods that return a CompletableFuture. */
	public static class Async {

		/** Most connections open at once, per server and in all, for calls in flight; more calls wait for one within their deadline. */
		private int maxConnections = 1024;

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

	}

	/** Settings of one client. */
	public static class Service {

		/** Base URL of the server: scheme, host, port and context path. */
		private @Nullable String url;

		/** The server's rpc.server.path, where it differs from rpc.client.path. */
		private @Nullable String path;

		/** Deadline of this client's calls, unless the method sets one. */
		private @Nullable Duration timeout;

		/** Longest a connection to this server may take to open. */
		private @Nullable Duration connectTimeout;

		/** Per-method settings, by wire method name. */
		private Map<String, Method> methods = new LinkedHashMap<>();

		/** HTTP headers sent with every call of this client, such as Authorization: Bearer ${TOKEN}. */
		private Map<String, String> headers = new LinkedHashMap<>();

		/** TLS settings of this client. */
		private final Ssl ssl = new Ssl();

		/** Resending of this client's calls, where it differs from rpc.client.retry. */
		private final ServiceRetry retry = new ServiceRetry();

		/** Encoding of this client's requests and answers, where it differs from rpc.client.encoding: json or smile. */
		private @Nullable String encoding;

		public @Nullable String getEncoding() {
			return this.encoding;
		}

		public void setEncoding(@Nullable String encoding) {
			this.encoding = encoding;
		}

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public @Nullable String getPath() {
			return this.path;
		}

		public void setPath(@Nullable String path) {
			this.path = path;
		}

		public @Nullable Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(@Nullable Duration timeout) {
			this.timeout = timeout;
		}

		public @Nullable Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Map<String, Method> getMethods() {
			return this.methods;
		}

		public void setMethods(Map<String, Method> methods) {
			this.methods = methods;
		}

		public Map<String, String> getHeaders() {
			return this.headers;
		}

		public void setHeaders(Map<String, String> headers) {
			this.headers = headers;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

		public ServiceRetry getRetry() {
			return this.retry;
		}

	}

	/** TLS settings of one client. */
	public static class Ssl {

		/** SSL bundle (spring.ssl.bundle.*) that this client trusts the server with, and whose key it presents for mutual TLS. */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/** Settings of one method of a client. */
	public static class Method {

		/** Deadline of this method's calls; takes precedence over every other timeout. */
		private @Nullable Duration timeout;

		public @Nullable Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(@Nullable Duration timeout) {
			this.timeout = timeout;
		}

	}

	/** Resending of the calls that are safe to send again, within their deadline. */
	public static class Retry {

		/** Attempts in all, the first included; 1 never resends. */
		private int maxAttempts = 3;

		/** Longest pause before the first resend; it doubles with each attempt (full jitter). */
		private Duration initialBackoff = Duration.ofMillis(50);

		/** Longest pause before any resend. */
		private Duration maxBackoff = Duration.ofSeconds(1);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

	/** Resending of one client's calls; each setting left out is taken from rpc.client.retry. */
	public static class ServiceRetry {

		/** Attempts in all, the first included; 1 never resends. */
		private @Nullable Integer maxAttempts;

		/** Longest pause before the first resend; it doubles with each attempt (full jitter). */
		private @Nullable Duration initialBackoff;

		/** Longest pause before any resend. */
		private @Nullable Duration maxBackoff;

		public @Nullable Integer getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(@Nullable Integer maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public @Nullable Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(@Nullable Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public @Nullable Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(@Nullable Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

}
