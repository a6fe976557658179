package io.rpcboot.observation;

import io.micrometer.common.KeyValue;
import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;
import io.rpcboot.observation.RpcObservationDocumentation.LowCardinalityKeyNames;

/** The key values both default conventions share. */
final class RpcKeyValues {

	static final String NONE = KeyValue.NONE_VALUE;

	static final KeyValue SYSTEM = KeyValue.of(LowCardinalityKeyNames.RPC_SYSTEM, "rpcboot");

	private RpcKeyValues() {
	}

	static KeyValue service(RpcObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.RPC_SERVICE, context.getService());
	}

	static KeyValue method(RpcObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.RPC_METHOD, context.getMethod());
	}

	/** {@code OK}, or the code's name; {@code none} for a call that never ended (an observation stopped early). */
	static KeyValue statusCode(RpcObservationContext context) {
		RpcCode code = context.getCode();
		String value = (code != null) ? code.name() : context.isEnded() ? RpcCallCounts.OK : NONE;
		return KeyValue.of(LowCardinalityKeyNames.RPC_RESPONSE_STATUS_CODE, value);
	}

	/** The exception's simple class name, else the code's name for a failure, else {@code none}. */
	static KeyValue errorType(RpcObservationContext context) {
		Throwable error = context.getError();
		RpcCode code = context.getCode();
		String value = (error != null) ? simpleName(error) : (code != null) ? code.name() : NONE;
		return KeyValue.of(LowCardinalityKeyNames.ERROR_TYPE, value);
	}

	static KeyValue serverAddress(@Nullable String address) {
		return KeyValue.of(LowCardinalityKeyNames.SERVER_ADDRESS, (address != null) ? address : NONE);
	}

	static KeyValue serverPort(int port) {
		return KeyValue.of(LowCardinalityKeyNames.SERVER_PORT, (port > 0) ? Integer.toString(port) : NONE);
	}

	private static String simpleName(Throwable error) {
		String name = error.getClass().getSimpleName();
		return name.isEmpty() ? error.getClass().getName() : name;
	}

}
