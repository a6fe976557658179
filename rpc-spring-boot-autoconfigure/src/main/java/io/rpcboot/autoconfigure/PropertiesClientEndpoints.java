package io.rpcboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.rpcboot.client.ClientEndpoint;
import io.rpcboot.client.retry.RetrySettings;

/** Reads a client's {@link ClientEndpoint} from {@code rpc.client.*}. */
final class PropertiesClientEndpoints implements Function<String, ClientEndpoint> {

	private final RpcClientProperties properties;

	PropertiesClientEndpoints(RpcClientProperties properties) {
		this.properties = properties;
	}

	@Override
	public ClientEndpoint apply(String clientName) {
		RpcClientProperties.Service service = find(this.properties.getServices(), clientName);
		if (service == null) {
			service = new RpcClientProperties.Service();
		}
		Map<String, Duration> methodTimeouts = new LinkedHashMap<>();
		service.getMethods().forEach((method, settings) -> {
			if (settings.getTimeout() != null) {
				methodTimeouts.put(ClientEndpoint.relaxed(method), settings.getTimeout());
			}
		});
		String path = (service.getPath() != null) ? service.getPath() : this.properties.getPath();
		Duration connectTimeout = (service.getConnectTimeout() != null) ? service.getConnectTimeout()
				: this.properties.getConnectTimeout();
		return new ClientEndpoint(service.getUrl(), normalize(path), service.getTimeout(),
				this.properties.getTimeout(), connectTimeout, Map.copyOf(methodTimeouts),
				retry(clientName, service.getRetry()), this.properties.getMaxResponseSize(),
				(service.getEncoding() != null) ? service.getEncoding() : this.properties.getEncoding());
	}

	/** The client's retry settings: each one it sets, else the global one. */
	private RetrySettings retry(String clientName, RpcClientProperties.ServiceRetry overrides) {
		RpcClientProperties.Retry defaults = this.properties.getRetry();
		try {
			return new RetrySettings(
					(overrides.getMaxAttempts() != null) ? overrides.getMaxAttempts() : defaults.getMaxAttempts(),
					(overrides.getInitialBackoff() != null) ? overrides.getInitialBackoff()
							: defaults.getInitialBackoff(),
					(overrides.getMaxBackoff() != null) ? overrides.getMaxBackoff() : defaults.getMaxBackoff());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("RPC client '" + clientName
					+ "': invalid rpc.client.retry or rpc.client.services." + clientName + ".retry: " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * The entry for a name: under that exact key, else under the same name written in another
	 * case or with dashes, as environment variables and kebab-case YAML write it.
	 */
	static <T> @Nullable T find(Map<String, T> entries, String name) {
		T exact = entries.get(name);
		if (exact != null) {
			return exact;
		}
		String relaxed = ClientEndpoint.relaxed(name);
		return entries.entrySet()
			.stream()
			.filter((entry) -> ClientEndpoint.relaxed(entry.getKey()).equals(relaxed))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** A path to append to a URL: empty, or a leading slash and no trailing one. */
	private static String normalize(String path) {
		String normalized = path.trim();
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return (normalized.isEmpty() || normalized.startsWith("/")) ? normalized : "/" + normalized;
	}

}
