package io.rpcboot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;

import io.rpcboot.security.CsrfCheckpoints;

/**
 * Where a servlet application uses Spring Security, lets the server stub tell a CSRF
 * rejection of a call from another 403 (see {@link CsrfCheckpoints}).
 */
@AutoConfiguration(after = RpcServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ HttpSecurity.class, CsrfFilter.class })
@ConditionalOnProperty(prefix = "rpc.server", name = "enabled", matchIfMissing = true)
public final class RpcSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CsrfCheckpoints rpcCsrfCheckpoints() {
		return new CsrfCheckpoints();
	}

}
