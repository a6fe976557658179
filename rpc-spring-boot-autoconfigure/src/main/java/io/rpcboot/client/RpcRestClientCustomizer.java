package io.rpcboot.client;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient} of one rpcboot client, for example to add a
 * {@code ClientHttpRequestInterceptor} that authenticates its calls (Spring Security's
 * {@code OAuth2ClientHttpRequestInterceptor} for OAuth2 client credentials). Declare one as a
 * bean: each client's {@code RestClient} is built once, at start-up, after its configured
 * headers, by every customizer in order. Keep the request factory: it enforces each call's
 * deadline and the client's SSL bundle.
 */
@FunctionalInterface
public interface RpcRestClientCustomizer {

	/**
	 * @param clientName the client's name: its key under {@code rpc.client.services}
	 * ({@code @RpcClient(name)}, by default the service name)
	 * @param builder the builder of this client's {@code RestClient} only
	 */
	void customize(String clientName, RestClient.Builder builder);

}
