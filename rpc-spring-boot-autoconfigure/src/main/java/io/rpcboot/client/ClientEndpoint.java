package io.rpcboot.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

import io.rpcboot.client.retry.RetrySettings;
import io.rpcboot.codec.JsonRpcCodec;

/**
 * Where one client's calls go, how long they may take, how they are resent and how large an
 * answer may be, as configured.
 * @param url the server's base URL, or {@code null} where none is configured
 * @param path the server's {@code rpc.server.path}
 * @param serviceTimeout the deadline set for this client, or {@code null}
 * @param defaultTimeout the deadline of every client that sets none
 * @param connectTimeout the longest a connection may take to open
 * @param methodTimeouts deadlines by {@link #relaxed relaxed} wire method name, taking precedence over all others
 * @param retry how a failed call is resent
 * @param maxResponseSize the largest answer a call accepts
 * @param encoding the name of the {@link io.rpcboot.codec.RpcCodec} requests are sent in, such as {@code json}
 */
public record ClientEndpoint(@Nullable String url, String path, @Nullable Duration serviceTimeout,
		Duration defaultTimeout, Duration connectTimeout, Map<String, Duration> methodTimeouts,
		RetrySettings retry, DataSize maxResponseSize, String encoding) {

	/** An endpoint that sends JSON. */
	public ClientEndpoint(@Nullable String url, String path, @Nullable Duration serviceTimeout,
			Duration defaultTimeout, Duration connectTimeout, Map<String, Duration> methodTimeouts,
			RetrySettings retry, DataSize maxResponseSize) {
		this(url, path, serviceTimeout, defaultTimeout, connectTimeout, methodTimeouts, retry, maxResponseSize,
				JsonRpcCodec.NAME);
	}

	/**
	 * A name with case, dashes and underscores ignored, so that {@code slowSum}, {@code slow-sum}
	 * and {@code SLOWSUM} (an environment variable) name the same method or client.
	 */
	public static String relaxed(String name) {
		return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

	/** A call's deadline: per method > {@code @RpcMethod(timeout)} > per client > default. */
	public Duration timeout(String method, @Nullable Duration annotated) {
		Duration configured = this.methodTimeouts.get(relaxed(method));
		if (configured != null) {
			return configured;
		}
		if (annotated != null) {
			return annotated;
		}
		return (this.serviceTimeout != null) ? this.serviceTimeout : this.defaultTimeout;
	}

}
