package io.rpcboot.client;

import java.time.Duration;
import java.util.List;

import io.rpcboot.observation.RpcCallCounts;

/**
 * A client proxy that {@link RpcClientFactory} created, as planned: a read-only view for tools
 * such as the {@code rpc} actuator endpoint.
 * @param name the client's key under {@code rpc.client.services}
 * @param type the client interface
 * @param service the remote service name
 * @param url the configured base URL, placeholders resolved
 * @param path the server's {@code rpc.server.path} the calls go under
 * @param methods the client's methods, as planned
 */
public record CreatedClient(String name, Class<?> type, String service, String url, String path,
		List<PlannedMethod> methods) {

	/**
	 * One method of a client proxy.
	 * @param name the method name on the wire
	 * @param arity the number of its parameters
	 * @param timeout its effective deadline, after precedence
	 * @param idempotent whether a call may be resent after it may have run
	 * @param async whether it returns a {@code CompletableFuture}
	 * @param counts its calls since start, by outcome
	 */
	public record PlannedMethod(String name, int arity, Duration timeout, boolean idempotent, boolean async,
			RpcCallCounts counts) {

		static PlannedMethod of(ClientMethod method) {
			return new PlannedMethod(method.name(), method.operation().parameters().size(), method.timeout(),
					method.idempotent(), method.operation().async(), method.counts());
		}

	}

}
