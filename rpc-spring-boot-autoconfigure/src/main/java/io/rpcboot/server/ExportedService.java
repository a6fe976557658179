package io.rpcboot.server;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.protocol.RpcOperation;

/**
 * One {@code @RpcService} bean as the wire sees it: its name, and its methods by wire name
 * and then by arity (overloads sharing a name differ in arity), and the counts of the calls
 * of each method name (its overloads together).
 */
record ExportedService(String name, Class<?> api, Map<String, Map<Integer, ServerMethod>> methods,
		Map<String, RpcCallCounts> counts) {

	static ExportedService of(String name, Class<?> api, List<ServerMethod> methods) {
		Map<String, Map<Integer, ServerMethod>> byName = methods.stream()
			.collect(Collectors.groupingBy((method) -> method.operation().name(),
					Collectors.toUnmodifiableMap(ServerMethod::arity, (method) -> method)));
		Map<String, RpcCallCounts> counts = byName.keySet().stream()
			.collect(Collectors.toUnmodifiableMap((method) -> method, (method) -> new RpcCallCounts()));
		return new ExportedService(name, api, Map.copyOf(byName), counts);
	}

	/** Its methods, by wire name and then arity. */
	List<RpcOperation> operations() {
		return this.methods.values()
			.stream()
			.flatMap((overloads) -> overloads.values().stream())
			.map(ServerMethod::operation)
			.sorted(Comparator.comparing(RpcOperation::name).thenComparingInt((operation) -> operation.parameters().size()))
			.toList();
	}

	/** The overloads sharing a wire name, by arity; {@code null} where there is no such method. */
	@Nullable Map<Integer, ServerMethod> overloads(String method) {
		return this.methods.get(method);
	}

}
