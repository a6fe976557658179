package io.rpcboot.server;

import java.util.List;
import java.util.Map;

import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.protocol.RpcOperation;

/**
 * An exported service: a read-only view for tools such as the {@code rpc} actuator endpoint.
 * @param name the service name on the wire
 * @param api the exported interface
 * @param operations its methods, by wire name and then arity
 * @param calls the calls since start of each method name (its overloads together), by outcome
 */
public record ExportedServiceInfo(String name, Class<?> api, List<RpcOperation> operations,
		Map<String, RpcCallCounts> calls) {

	static ExportedServiceInfo of(ExportedService service) {
		return new ExportedServiceInfo(service.name(), service.api(), service.operations(), service.counts());
	}

}
