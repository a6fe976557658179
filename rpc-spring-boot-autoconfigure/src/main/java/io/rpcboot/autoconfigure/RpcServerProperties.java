package io.rpcboot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import io.rpcboot.RpcCode;

/** Settings of the server stub: where {@code @RpcService} beans are exported and what they accept. */
@ConfigurationProperties("rpc.server")
public class RpcServerProperties {

	/** Whether to export @RpcService beans as HTTP endpoints. */
	private boolean enabled = true;

	/** Base path of every endpoint: calls go to {path}/{service}/{method}. */
	private String path = "/rpc";

	/** Largest request body accepted; larger bodies are answered 413 resource_exhausted. */
	private DataSize maxRequestSize = DataSize.ofMegabytes(4);

	/**
	 * Most calls served at once, counted until each call's work ends (a CompletableFuture
	 * until it completes); a call over it answers 503 unavailable with Retry-After at once,
	 * without running. No limit by default.
	 */
	private @Nullable Integer maxConcurrentCalls;

	/**
	 * Code answered for an application exception, by fully qualified class name (subclasses
	 * included); it overrides failed_precondition and @ResponseStatus. A listed exception
	 * travels by name, like one the method declares.
	 */
	private Map<String, RpcCode> exceptions = new LinkedHashMap<>();

	private final Catalog catalog = new Catalog();

	private final Openapi openapi = new Openapi();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public DataSize getMaxRequestSize() {
		return this.maxRequestSize;
	}

	public void setMaxRequestSize(DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	public @Nullable Integer getMaxConcurrentCalls() {
		return this.maxConcurrentCalls;
	}

	public void setMaxConcurrentCalls(@Nullable Integer maxConcurrentCalls) {
		this.maxConcurrentCalls = maxConcurrentCalls;
	}

	public Map<String, RpcCode> getExceptions() {
		return this.exceptions;
	}

	public void setExceptions(Map<String, RpcCode> exceptions) {
		this.exceptions = exceptions;
	}

	public Catalog getCatalog() {
		return this.catalog;
	}

	public Openapi getOpenapi() {
		return this.openapi;
	}

	/** The service catalog at {@code GET {path}}. */
	public static class Catalog {

		/** Whether GET {path} lists every service, its methods and their types. */
		private boolean enabled = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/** The OpenAPI document at {@code GET {path}/openapi.json}. */
	public static class Openapi {

		/**
		 * Whether GET {path}/openapi.json serves an OpenAPI 3.1 document of every exported
		 * method (needs io.swagger.core.v3:swagger-core-jakarta on the classpath).
		 */
		private boolean enabled = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
