package io.rpcboot.it.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcRemoteException;
import io.rpcboot.it.security.client.VaultClient;
import io.rpcboot.it.security.client.VaultClientApp;
import io.rpcboot.it.security.server.SecuredServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rpcboot client against a server behind Spring Security: its credentials, per client, and its exceptions. */
class ClientCredentialsTests {

	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	class HttpBasic {

		private final SecuredApps apps = new SecuredApps();

		private final ConfigurableApplicationContext server = this.apps.server(SecuredServer.class,
				"test.security=basic");

		private final String url = "rpc.client.services.Vault.url=http://127.0.0.1:" + SecuredApps.port(this.server);

		@AfterAll
		void stop() {
			this.apps.close();
		}

		@Test
		void configuredHeadersWithPlaceholdersGoWithEveryCall() {
			VaultClient vault = this.apps
				.client(VaultClientApp.class, this.url,
						"rpc.client.services.Vault.headers.Authorization=${VAULT_AUTHORIZATION}",
						"rpc.client.services.Vault.headers.Content-Type=text/plain", // the protocol's own header wins
						"VAULT_AUTHORIZATION=" + SpringSecurityWireTests.basic("alice", "alice-secret"))
				.getBean(VaultClient.class);
			assertThat(vault.whoAmI()).isEqualTo("alice");
			assertThat(vault.whoAmI()).isEqualTo("alice");
			assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(vault::secret).satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.PERMISSION_DENIED);
				assertThat(ex.status()).isEqualTo(403);
				assertThat(ex.remoteType()).isNull();
			});
		}

		@Test
		void clientWithoutCredentialsIsUnauthenticated() {
			VaultClient vault = this.apps.client(VaultClientApp.class, this.url).getBean(VaultClient.class);
			assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(vault::whoAmI).satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.UNAUTHENTICATED);
				assertThat(ex.status()).isEqualTo(401);
				assertThat(ex.getMessage()).contains("authentication required");
			});
		}

		@Test
		void filterChainRejectionIsPermissionDenied() {
			VaultClient vault = this.apps
				.client(VaultClientApp.class, this.url,
						"rpc.client.services.vault.headers.authorization=" + SpringSecurityWireTests.basic("alice",
								"alice-secret"))
				.getBean(VaultClient.class);
			assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(vault::audit).satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.PERMISSION_DENIED);
				assertThat(ex.status()).isEqualTo(403);
			});
		}

	}

	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	class BearerTokens {

		private final SecuredApps apps = new SecuredApps();

		private final ConfigurableApplicationContext server = this.apps.server(SecuredServer.class,
				"test.security=jwt");

		private final String url = "rpc.client.services.Vault.url=http://127.0.0.1:" + SecuredApps.port(this.server);

		@AfterAll
		void stop() {
			this.apps.close();
		}

		@Test
		void customizerBeanPlugsAnInterceptorIntoOneClient() {
			VaultClientApp.customized.clear();
			VaultClient vault = this.apps
				.client(VaultClientApp.class, this.url, "test.bearer-token=" + TestTokens.token("alice", "rpc"))
				.getBean(VaultClient.class);
			assertThat(vault.whoAmI()).isEqualTo("alice");
			assertThat(VaultClientApp.customized).containsExactly("Vault");
		}

		@Test
		void tokenWithoutTheScopeIsPermissionDenied() {
			VaultClient vault = this.apps
				.client(VaultClientApp.class, this.url, "test.bearer-token=" + TestTokens.token("alice", "profile"))
				.getBean(VaultClient.class);
			assertThatExceptionOfType(RpcRemoteException.class).isThrownBy(vault::whoAmI).satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(RpcCode.PERMISSION_DENIED);
				assertThat(ex.status()).isEqualTo(403);
			});
		}

	}

}
