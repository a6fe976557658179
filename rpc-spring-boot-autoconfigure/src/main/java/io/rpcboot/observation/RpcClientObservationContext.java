package io.rpcboot.observation;

import java.net.URI;

/** The context of an {@code rpc.client} observation: one call of a client proxy, its resends included. */
public class RpcClientObservationContext extends RpcObservationContext {

	private final String client;

	private final URI uri;

	/**
	 * @param client the client's name (its key under {@code rpc.client.services})
	 * @param uri where the call is sent
	 */
	public RpcClientObservationContext(String client, String service, String method, URI uri) {
		super(service, method);
		this.client = client;
		this.uri = uri;
	}

	/** The client's name, its key under {@code rpc.client.services}. */
	public String getClient() {
		return this.client;
	}

	/** Where the call is sent: {@code {url}{path}/{service}/{method}}. */
	public URI getUri() {
		return this.uri;
	}

}
