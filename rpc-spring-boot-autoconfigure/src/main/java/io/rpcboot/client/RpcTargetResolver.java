package io.rpcboot.client;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Turns a client's URL into the {@link RpcTarget} of its calls, once per client, when its
 * proxy is created. Declare one as a bean to handle a URL scheme of your own; rpcboot's
 * resolves {@code lb://} where Spring Cloud LoadBalancer is on the classpath. A URL that no
 * resolver handles is a plain {@code http(s)} URL, called as it is.
 */
@FunctionalInterface
public interface RpcTargetResolver {

	/**
	 * The target of a client, where this resolver handles its URL.
	 * @param clientName the client's name: its key under {@code rpc.client.services}
	 * @param url the client's base URL, placeholders resolved, such as {@code lb://inventory}
	 * @return the target, or {@code null} where this resolver does not handle the URL
	 * @throws IllegalStateException where it handles the URL but the client cannot work: start-up fails
	 */
	@Nullable RpcTarget resolve(String clientName, URI url);

}
