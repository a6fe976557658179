package io.rpcboot.it.security;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rpcboot.RpcUnavailableException;
import io.rpcboot.it.RoundTrip;
import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.server.ShopService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTPS between the rpcboot client and server, with certificates made for the run: the server
 * through Boot's {@code server.ssl.bundle}, each client through
 * {@code rpc.client.services.<name>.ssl.bundle}.
 */
class TlsRoundTripTests {

	@TempDir
	Path directory;

	@Test
	void mutualTlsCallSucceedsOnlyWithTheClientCertificate() throws Exception {
		TestCertificates certificates = new TestCertificates(this.directory);
		certificates.server("server");
		certificates.client("client");
		try (RoundTrip roundTrip = new RoundTrip(serverBundle(certificates, "need"))) {
			String url = "rpc.client.services.Shop.url=https://127.0.0.1:" + roundTrip.port();
			ShopClient withCertificate = roundTrip
				.client(url, "rpc.client.services.Shop.ssl.bundle=client",
						"spring.ssl.bundle.pem.client.truststore.certificate=" + certificates.ca(),
						"spring.ssl.bundle.pem.client.keystore.certificate=" + certificates.certificate("client"),
						"spring.ssl.bundle.pem.client.keystore.private-key=" + certificates.privateKey("client"))
				.getBean(ShopClient.class);
			assertThat(withCertificate.add(2, 3)).isEqualTo(5);
			assertThat(withCertificate.greet("TLS")).isEqualTo("Hello, TLS");

			ShopService service = roundTrip.server().getBean(ShopService.class);
			int calls = service.calls();
			ShopClient trustOnly = roundTrip
				.client(url, "rpc.client.services.Shop.ssl.bundle=ca",
						"spring.ssl.bundle.pem.ca.truststore.certificate=" + certificates.ca())
				.getBean(ShopClient.class);
			assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> trustOnly.add(2, 3));
			assertThat(service.calls()).isEqualTo(calls);
		}
	}

	@Test
	void serverIsTrustedThroughTheClientsBundleOnly() throws Exception {
		TestCertificates certificates = new TestCertificates(this.directory);
		certificates.server("server");
		try (RoundTrip roundTrip = new RoundTrip(serverBundle(certificates, "none"))) {
			String url = "rpc.client.services.Shop.url=https://127.0.0.1:" + roundTrip.port();
			ShopClient trusting = roundTrip
				.client(url, "rpc.client.services.shop.ssl.bundle=ca",
						"spring.ssl.bundle.pem.ca.truststore.certificate=" + certificates.ca())
				.getBean(ShopClient.class);
			assertThat(trusting.add(2, 3)).isEqualTo(5);
			ShopClient withoutBundle = roundTrip.client(url).getBean(ShopClient.class);
			assertThatExceptionOfType(RpcUnavailableException.class).isThrownBy(() -> withoutBundle.add(2, 3))
				.withMessageContaining("cannot reach https://127.0.0.1:" + roundTrip.port())
				.withMessageContaining("SSLHandshakeException");
		}
	}

	@Test
	void unknownBundleFailsStartupNamingTheProperty() {
		try (RoundTrip roundTrip = new RoundTrip()) {
			assertThatThrownBy(() -> roundTrip.client("rpc.client.services.Shop.ssl.bundle=nowhere"))
				.hasStackTraceContaining("rpc.client.services.Shop.ssl.bundle: there is no SSL bundle 'nowhere'");
		}
	}

	private static String[] serverBundle(TestCertificates certificates, String clientAuth) {
		return new String[] { "server.ssl.bundle=server", "server.ssl.client-auth=" + clientAuth,
				"spring.ssl.bundle.pem.server.keystore.certificate=" + certificates.certificate("server"),
				"spring.ssl.bundle.pem.server.keystore.private-key=" + certificates.privateKey("server"),
				"spring.ssl.bundle.pem.server.truststore.certificate=" + certificates.ca() };
	}

}
