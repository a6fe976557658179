package io.rpcboot.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;

import io.rpcboot.server.RpcRejectionFilter;

/**
 * Puts a checkpoint on each side of Spring Security's {@code CsrfFilter} in every security
 * filter chain (Spring Security applies {@code Customizer<HttpSecurity>} beans to each
 * {@link HttpSecurity}). A 403 for a request that reached the first and not the second was
 * the CSRF protection's: {@link RpcRejectionFilter} then says so, and how to exempt the RPC
 * path. Spring Security's own behaviour is unchanged, whether CSRF protection is on or not.
 */
public final class CsrfCheckpoints implements Customizer<HttpSecurity> {

	@Override
	public void customize(HttpSecurity http) {
		http.addFilterBefore(new CsrfCheckpoint(RpcRejectionFilter.CSRF_REACHED), CsrfFilter.class)
			.addFilterAfter(new CsrfCheckpoint(RpcRejectionFilter.CSRF_PASSED), CsrfFilter.class);
	}

}
