package io.rpcboot.observation;

import io.micrometer.common.KeyValues;

/**
 * The {@code rpc.server} observation's name and keys, after the OpenTelemetry RPC semantic
 * conventions: {@code rpc.system}, {@code rpc.service}, {@code rpc.method},
 * {@code rpc.response.status_code}, {@code error.type}, and {@code server.address} and
 * {@code server.port}, the local address and port that took the call (never the peer's
 * {@code Host} header). Its contextual name (the span's) is {@code Service/method}.
 */
public class DefaultRpcServerObservationConvention implements RpcServerObservationConvention {

	/** The default name of the observation, and of the timer Micrometer derives from it. */
	public static final String NAME = "rpc.server";

	private final String name;

	public DefaultRpcServerObservationConvention() {
		this(NAME);
	}

	public DefaultRpcServerObservationConvention(String name) {
		this.name = name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(RpcServerObservationContext context) {
		return context.getService() + "/" + context.getMethod();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RpcServerObservationContext context) {
		return KeyValues.of(RpcKeyValues.SYSTEM, RpcKeyValues.service(context), RpcKeyValues.method(context),
				RpcKeyValues.statusCode(context), RpcKeyValues.errorType(context),
				RpcKeyValues.serverAddress(context.getLocalAddress()), RpcKeyValues.serverPort(context.getLocalPort()));
	}

}
