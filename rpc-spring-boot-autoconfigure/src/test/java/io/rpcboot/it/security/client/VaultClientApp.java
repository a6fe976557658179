package io.rpcboot.it.security.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;

import io.rpcboot.client.RpcRestClientCustomizer;

/**
 * The client application of the security tests. With {@code test.bearer-token} set, a
 * {@link RpcRestClientCustomizer} gives the {@code Vault} client an interceptor that sends it
 * as a bearer token, as Spring Security's {@code OAuth2ClientHttpRequestInterceptor} would.
 */
@SpringBootApplication
public class VaultClientApp {

	/** The client names the customizer was called with. */
	public static final List<String> customized = new CopyOnWriteArrayList<>();

	@Bean
	@ConditionalOnProperty("test.bearer-token")
	RpcRestClientCustomizer bearerToken(Environment environment) {
		return (clientName, builder) -> {
			customized.add(clientName);
			if (clientName.equals("Vault")) {
				builder.requestInterceptor((request, body, execution) -> {
					request.getHeaders().set(HttpHeaders.AUTHORIZATION,
							"Bearer " + environment.getRequiredProperty("test.bearer-token"));
					return execution.execute(request, body);
				});
			}
		};
	}

}
