package io.rpcboot.actuate;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.rpcboot.client.CreatedClient;
import io.rpcboot.client.RpcClientFactory;
import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.protocol.RpcOperation;
import io.rpcboot.protocol.RpcProtocol;
import io.rpcboot.server.ExportedServiceInfo;
import io.rpcboot.server.RpcServiceRegistry;

/**
 * {@code /actuator/rpc}: the exported services with their methods and the server's effective
 * settings; the clients with their target, each method's effective deadline and idempotency;
 * and, for every method on both sides, the calls since start by outcome.
 */
@Endpoint(id = "rpc")
public class RpcEndpoint {

	private final @Nullable RpcServiceRegistry registry;

	private final @Nullable ServerSettings serverSettings;

	private final @Nullable RpcClientFactory clientFactory;

	/**
	 * @param registry the exported services, or {@code null} where the application exports none
	 * @param serverSettings the server's effective settings, or {@code null} with no server
	 * @param clientFactory the factory of the client proxies, or {@code null} with no clients
	 */
	public RpcEndpoint(@Nullable RpcServiceRegistry registry, @Nullable ServerSettings serverSettings,
			@Nullable RpcClientFactory clientFactory) {
		this.registry = registry;
		this.serverSettings = serverSettings;
		this.clientFactory = clientFactory;
	}

	@ReadOperation
	public RpcDescriptor rpc() {
		ServerDescriptor server = (this.registry != null && this.serverSettings != null)
				? new ServerDescriptor(this.serverSettings,
						this.registry.exportedServices().stream().map(RpcEndpoint::service).toList())
				: null;
		List<ClientDescriptor> clients = (this.clientFactory != null) ? this.clientFactory.clients()
			.stream()
			.sorted(Comparator.comparing(CreatedClient::name).thenComparing((client) -> client.type().getName()))
			.map(RpcEndpoint::client)
			.toList() : List.of();
		return new RpcDescriptor(server, clients);
	}

	private static ServiceDescriptor service(ExportedServiceInfo service) {
		List<MethodDescriptor> methods = service.operations().stream().map(RpcEndpoint::method).toList();
		Map<String, CallsDescriptor> calls = new LinkedHashMap<>();
		service.calls().entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> calls.put(entry.getKey(), CallsDescriptor.of(entry.getValue())));
		return new ServiceDescriptor(service.name(), service.api().getName(), methods, calls);
	}

	private static MethodDescriptor method(RpcOperation operation) {
		return new MethodDescriptor(operation.name(),
				operation.parameters().stream()
					.map((parameter) -> new ParameterDescriptor(parameter.name(), parameter.type().toCanonical()))
					.toList(),
				operation.isVoid() ? "void" : operation.resultType().toCanonical(), operation.async());
	}

	private static ClientDescriptor client(CreatedClient client) {
		return new ClientDescriptor(client.name(), client.type().getName(), client.service(), client.url(),
				client.path(), client.methods().stream().map(RpcEndpoint::clientMethod).toList());
	}

	private static ClientMethodDescriptor clientMethod(CreatedClient.PlannedMethod method) {
		return new ClientMethodDescriptor(method.name(), method.arity(), RpcProtocol.formatTimeout(method.timeout()),
				method.idempotent(), method.async(), CallsDescriptor.of(method.counts()));
	}

	/**
	 * The server's effective settings.
	 * @param path {@code rpc.server.path}, as the servlet serves it
	 * @param maxRequestSizeBytes {@code rpc.server.max-request-size}, in bytes
	 * @param maxConcurrentCalls {@code rpc.server.max-concurrent-calls}, or {@code null} for no limit
	 * @param catalogEnabled whether {@code GET {path}} lists the services
	 */
	public record ServerSettings(String path, long maxRequestSizeBytes, @Nullable Integer maxConcurrentCalls,
			boolean catalogEnabled) {
	}

	/** What {@code /actuator/rpc} answers: the server (absent in a client-only application) and the clients. */
	public record RpcDescriptor(@Nullable ServerDescriptor server, List<ClientDescriptor> clients)
			implements OperationResponseBody {
	}

	public record ServerDescriptor(ServerSettings settings, List<ServiceDescriptor> services) {
	}

	/** @param calls the calls of each method name (its overloads together) */
	public record ServiceDescriptor(String name, String api, List<MethodDescriptor> methods,
			Map<String, CallsDescriptor> calls) {
	}

	public record MethodDescriptor(String name, List<ParameterDescriptor> parameters, String returns,
			boolean async) {
	}

	public record ParameterDescriptor(String name, String type) {
	}

	/**
	 * @param name the client's key under {@code rpc.client.services}
	 * @param url the configured base URL
	 */
	public record ClientDescriptor(String name, String type, String service, String url, String path,
			List<ClientMethodDescriptor> methods) {
	}

	/** @param timeout the method's effective deadline */
	public record ClientMethodDescriptor(String name, int arity, String timeout, boolean idempotent, boolean async,
			CallsDescriptor calls) {
	}

	/**
	 * Calls since start.
	 * @param total every call
	 * @param byCode the calls that ended each way: {@code OK} or a code's name
	 */
	public record CallsDescriptor(long total, Map<String, Long> byCode) {

		static CallsDescriptor of(RpcCallCounts counts) {
			Map<String, Long> byCode = counts.byCode();
			return new CallsDescriptor(byCode.values().stream().mapToLong(Long::longValue).sum(), byCode);
		}

	}

}
