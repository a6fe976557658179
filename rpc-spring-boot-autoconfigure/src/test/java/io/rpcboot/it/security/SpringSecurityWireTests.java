package io.rpcboot.it.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.it.security.server.SecuredServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security in front of the endpoint, seen from the wire: whatever rejects a call, the
 * filter chain or {@code @PreAuthorize}, the caller gets a problem with the contract's code.
 */
class SpringSecurityWireTests {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	class HttpBasic {

		private final SecuredApps apps = new SecuredApps();

		private final ConfigurableApplicationContext server = this.apps.server(SecuredServer.class,
				"test.security=basic");

		@AfterAll
		void stop() {
			this.apps.close();
		}

		@Test
		void callWithoutCredentialsIs401UnauthenticatedWithTheChallengeKeptAndRunsNothing() {
			int before = calls(this.server);
			HttpResponse<String> response = post(this.server, "/rpc/Vault/whoAmI", null);
			JsonNode problem = problem(response, 401, "unauthenticated");
			assertThat(problem.get("detail").stringValue())
				.isEqualTo("Vault.whoAmI: authentication required; the call did not run");
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Basic realm="));
			assertThat(calls(this.server)).isEqualTo(before);
		}

		@Test
		void wrongPasswordIs401Unauthenticated() {
			problem(post(this.server, "/rpc/Vault/whoAmI", basic("alice", "guess")), 401, "unauthenticated");
		}

		@Test
		void authenticatedCallRunsAsTheCaller() {
			HttpResponse<String> response = post(this.server, "/rpc/Vault/whoAmI", basic("alice", "alice-secret"));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("\"alice\"");
		}

		@Test
		void preAuthorizeOnTheServiceMethodIs403PermissionDenied() {
			JsonNode problem = problem(post(this.server, "/rpc/Vault/secret", basic("alice", "alice-secret")), 403,
					"permission_denied");
			assertThat(problem.get("detail").stringValue()).startsWith("Vault.secret: ");
			assertThat(post(this.server, "/rpc/Vault/secret", basic("admin", "admin-secret")).body())
				.isEqualTo("\"the secret\"");
		}

		@Test
		void filterChainAuthorizationRuleIs403PermissionDeniedAndRunsNothing() {
			int before = calls(this.server);
			JsonNode problem = problem(post(this.server, "/rpc/Vault/audit", basic("alice", "alice-secret")), 403,
					"permission_denied");
			assertThat(problem.get("detail").stringValue())
				.isEqualTo("Vault.audit: permission denied; the call did not run");
			assertThat(calls(this.server)).isEqualTo(before);
			assertThat(post(this.server, "/rpc/Vault/audit", basic("admin", "admin-secret")).body())
				.isEqualTo("\"audited\"");
		}

		@Test
		void corsPreflightFromAnotherOriginIsNeverApproved() throws Exception {
			// why exempting the RPC path from CSRF is safe: a browser sends a cross-site JSON POST only after this
			HttpResponse<String> preflight = http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + SecuredApps.port(this.server) + "/rpc/Vault/whoAmI"))
				.timeout(Duration.ofSeconds(10))
				.header("Origin", "https://attacker.example")
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type")
				.method("OPTIONS", BodyPublishers.noBody())
				.build(), BodyHandlers.ofString());
			assertThat(preflight.statusCode()).isGreaterThanOrEqualTo(400);
			assertThat(preflight.headers().map().keySet())
				.noneMatch((name) -> name.toLowerCase(Locale.ROOT).startsWith("access-control-allow"));
		}

		@Test
		void rejectionIsAnsweredBeforeTheBodyIsRead() throws IOException {
			// declares a body far larger than it sends: an answer can only come from a server that never reads it
			try (Socket socket = new Socket("127.0.0.1", SecuredApps.port(this.server))) {
				socket.setSoTimeout(10_000);
				OutputStream out = socket.getOutputStream();
				out.write(("POST /rpc/Vault/whoAmI HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 50000000\r\n\r\n[").getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				String answer = readAnswer(socket.getInputStream());
				assertThat(answer).startsWith("HTTP/1.1 401")
					.contains("Content-Type: application/problem+json")
					.contains("WWW-Authenticate: Basic")
					.contains("\"code\":\"unauthenticated\"");
			}
		}

	}

	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	class DefaultCsrfProtection {

		private final SecuredApps apps = new SecuredApps();

		private final ConfigurableApplicationContext server = this.apps.server(SecuredServer.class,
				"test.security=csrf");

		@AfterAll
		void stop() {
			this.apps.close();
		}

		@Test
		void csrfRejectionIs403AndTellsTheOneLineThatExemptsTheRpcPath() {
			int before = calls(this.server);
			JsonNode problem = problem(post(this.server, "/rpc/Vault/whoAmI", basic("alice", "alice-secret")), 403,
					"permission_denied");
			assertThat(problem.get("detail").stringValue())
				.startsWith("Vault.whoAmI: rejected by Spring Security's CSRF protection")
				.contains("http.csrf((csrf) -> csrf.ignoringRequestMatchers(\"/rpc/**\"))");
			assertThat(calls(this.server)).isEqualTo(before);
		}

	}

	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	class OAuth2ResourceServer {

		private final SecuredApps apps = new SecuredApps();

		private final ConfigurableApplicationContext server = this.apps.server(SecuredServer.class,
				"test.security=jwt");

		@AfterAll
		void stop() {
			this.apps.close();
		}

		@Test
		void callWithoutTokenIs401UnauthenticatedWithTheBearerChallenge() {
			HttpResponse<String> response = post(this.server, "/rpc/Vault/whoAmI", null);
			problem(response, 401, "unauthenticated");
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Bearer"));
		}

		@Test
		void forgedTokenIs401WithInvalidTokenChallenge() {
			HttpResponse<String> response = post(this.server, "/rpc/Vault/whoAmI",
					"Bearer " + TestTokens.forged("alice", "rpc"));
			problem(response, 401, "unauthenticated");
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).contains("error=\"invalid_token\""));
		}

		@Test
		void tokenWithTheScopeRunsAsItsSubject() {
			HttpResponse<String> response = post(this.server, "/rpc/Vault/whoAmI",
					"Bearer " + TestTokens.token("alice", "rpc"));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("\"alice\"");
		}

		@Test
		void tokenWithoutTheScopeIs403PermissionDeniedWithInsufficientScopeChallenge() {
			int before = calls(this.server);
			HttpResponse<String> response = post(this.server, "/rpc/Vault/whoAmI",
					"Bearer " + TestTokens.token("alice", "profile"));
			problem(response, 403, "permission_denied");
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).contains("error=\"insufficient_scope\""));
			assertThat(calls(this.server)).isEqualTo(before);
		}

	}

	private static int calls(ConfigurableApplicationContext server) {
		return server.getBean(Vault.class).calls();
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext server, String path,
			String authorization) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + SecuredApps.port(server) + path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("[]"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode problem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("code").stringValue()).isEqualTo(code);
		assertThat(problem.get("status").intValue()).isEqualTo(status);
		return problem;
	}

	/** Reads the status line, the headers and a body of the declared length, without waiting for the connection to close. */
	private static String readAnswer(InputStream in) throws IOException {
		StringBuilder answer = new StringBuilder();
		int length = -1;
		while (true) {
			int next = in.read();
			if (next < 0) {
				return answer.toString();
			}
			answer.append((char) next);
			if (answer.toString().endsWith("\r\n\r\n")) {
				break;
			}
		}
		for (String line : answer.toString().split("\r\n")) {
			if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
				length = Integer.parseInt(line.substring(15).trim());
			}
		}
		if (length > 0) {
			answer.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
		}
		return answer.toString();
	}

}
