package io.rpcboot.it.security.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import io.rpcboot.it.security.TestTokens;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Exports {@link VaultService} behind a real Spring Security filter chain, chosen by
 * {@code test.security}: {@code basic} (HTTP Basic, the RPC path exempt from CSRF as the
 * docs say), {@code csrf} (HTTP Basic with Spring Security's default CSRF protection) or
 * {@code jwt} (an OAuth2 resource server trusting {@link TestTokens}).
 */
@SpringBootApplication
@EnableMethodSecurity
public class SecuredServer {

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(
				User.withUsername("alice").password("{noop}alice-secret").roles("USER").build(),
				User.withUsername("admin").password("{noop}admin-secret").roles("USER", "ADMIN").build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "test.security", havingValue = "basic")
	static class Basic {

		@Bean
		SecurityFilterChain rpc(HttpSecurity http) throws Exception {
			return http
				.authorizeHttpRequests((requests) -> requests.requestMatchers("/rpc/Vault/audit")
					.hasRole("ADMIN")
					.anyRequest()
					.authenticated())
				.httpBasic(withDefaults())
				.csrf((csrf) -> csrf.ignoringRequestMatchers("/rpc/**"))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "test.security", havingValue = "csrf")
	static class BasicWithCsrf {

		@Bean
		SecurityFilterChain rpc(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic(withDefaults())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "test.security", havingValue = "jwt")
	static class Jwt {

		@Bean
		SecurityFilterChain rpc(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority("SCOPE_rpc"))
				.oauth2ResourceServer((server) -> server.jwt(withDefaults()))
				.csrf((csrf) -> csrf.ignoringRequestMatchers("/rpc/**"))
				.build();
		}

		@Bean
		JwtDecoder jwtDecoder() {
			return NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
		}

	}

}
