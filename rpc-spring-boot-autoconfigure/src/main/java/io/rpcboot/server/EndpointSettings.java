package io.rpcboot.server;

import java.util.Map;

import io.rpcboot.RpcCode;

/**
 * What the server stub accepts and how it answers, as configured under {@code rpc.server}.
 * @param basePath {@code rpc.server.path}, with a leading slash and no trailing one
 * @param maxRequestSize the largest body accepted, in bytes
 * @param maxConcurrentCalls the most calls served at once; 0 for no limit
 * @param exceptionCodes the code of each exception class set in {@code rpc.server.exceptions}
 */
public record EndpointSettings(String basePath, long maxRequestSize, int maxConcurrentCalls,
		Map<Class<?>, RpcCode> exceptionCodes) {

	public EndpointSettings {
		if (maxRequestSize < 0 || maxConcurrentCalls < 0) {
			throw new IllegalArgumentException("limits must not be negative");
		}
		exceptionCodes = Map.copyOf(exceptionCodes);
	}

}
