package io.rpcboot.observation;

import java.net.URI;
import java.util.Locale;

import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The {@code rpc.client} observation's name and keys, after the OpenTelemetry RPC semantic
 * conventions: {@code rpc.system}, {@code rpc.service}, {@code rpc.method},
 * {@code rpc.response.status_code}, {@code error.type}, and {@code server.address} and
 * {@code server.port} from the client's URL. Its contextual name (the span's) is
 * {@code Service/method}.
 */
public class DefaultRpcClientObservationConvention implements RpcClientObservationConvention {

	/** The default name of the observation, and of the timer Micrometer derives from it. */
	public static final String NAME = "rpc.client";

	private final String name;

	public DefaultRpcClientObservationConvention() {
		this(NAME);
	}

	public DefaultRpcClientObservationConvention(String name) {
		this.name = name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(RpcClientObservationContext context) {
		return context.getService() + "/" + context.getMethod();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RpcClientObservationContext context) {
		URI uri = context.getUri();
		return KeyValues.of(RpcKeyValues.SYSTEM, RpcKeyValues.service(context), RpcKeyValues.method(context),
				RpcKeyValues.statusCode(context), RpcKeyValues.errorType(context),
				RpcKeyValues.serverAddress(address(uri)), RpcKeyValues.serverPort(port(uri)));
	}

	/**
	 * The URL's host; for a URL whose authority is no host name, such as {@code lb://stock_service}
	 * (a service id may hold underscores), the authority.
	 */
	private static @Nullable String address(URI uri) {
		return (uri.getHost() != null) ? uri.getHost() : uri.getRawAuthority();
	}

	/** The URL's port, or its scheme's default. */
	private static int port(URI uri) {
		if (uri.getPort() > 0) {
			return uri.getPort();
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		return switch (scheme) {
			case "http" -> 80;
			case "https" -> 443;
			default -> -1;
		};
	}

}
