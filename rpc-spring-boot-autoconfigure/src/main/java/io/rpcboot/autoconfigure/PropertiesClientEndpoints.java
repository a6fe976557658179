package io.rpcboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.rpcboot.client.ClientEndpoint;

/** Reads a client's {@link ClientEndpoint} from {@code rpc.client.*}. */
final class PropertiesClientEndpoints implements Function<String, ClientEndpoint> {

	private final RpcClientProperties properties;

	PropertiesClientEndpoints(RpcClientProperties properties) {
		this.properties = properties;
	}

	@Override
	public ClientEndpoint apply(String clientName) {
		RpcClientProperties.Service service = this.properties.getServices().get(clientName);
		if (service == null) {
			service = new RpcClientProperties.Service();
		}
		Map<String, Duration> methodTimeouts = new LinkedHashMap<>();
		service.getMethods().forEach((method, settings) -> {
			if (settings.getTimeout() != null) {
				methodTimeouts.put(method, settings.getTimeout());
			}
		});
		String path = (service.getPath() != null) ? service.getPath() : this.properties.getPath();
		Duration connectTimeout = (service.getConnectTimeout() != null) ? service.getConnectTimeout()
				: this.properties.getConnectTimeout();
		return new ClientEndpoint(service.getUrl(), normalize(path), service.getTimeout(),
				this.properties.getTimeout(), connectTimeout, Map.copyOf(methodTimeouts));
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
