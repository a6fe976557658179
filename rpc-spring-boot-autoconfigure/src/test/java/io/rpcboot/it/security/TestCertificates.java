package io.rpcboot.it.security;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made at run time, and the server and client certificates it signs,
 * written as PEM files that Boot's {@code spring.ssl.bundle.pem.*} reads.
 */
final class TestCertificates {

	private static final AtomicLong serials = new AtomicLong(System.currentTimeMillis());

	private final Path directory;

	private final KeyPair caKey;

	private final X509Certificate ca;

	TestCertificates(Path directory) throws Exception {
		this.directory = directory;
		this.caKey = keyPair();
		this.ca = sign(new JcaX509v3CertificateBuilder(new X500Name("CN=rpcboot test CA"), serial(), notBefore(),
				notAfter(), new X500Name("CN=rpcboot test CA"), this.caKey.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
		write("ca.crt", pem("CERTIFICATE", this.ca.getEncoded()));
	}

	/** The CA's certificate file, to trust. */
	String ca() {
		return location("ca.crt");
	}

	/** Issues a server certificate for 127.0.0.1 and localhost; answers its name (NAME.crt, NAME.key). */
	String server(String name) throws Exception {
		GeneralNames names = new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
				new GeneralName(GeneralName.dNSName, "localhost") });
		return issue(name, KeyPurposeId.id_kp_serverAuth, names);
	}

	/** Issues a client certificate; answers its name (NAME.crt, NAME.key). */
	String client(String name) throws Exception {
		return issue(name, KeyPurposeId.id_kp_clientAuth, null);
	}

	String certificate(String name) {
		return location(name + ".crt");
	}

	String privateKey(String name) {
		return location(name + ".key");
	}

	private String issue(String name, KeyPurposeId purpose, GeneralNames subjectAlternativeNames) throws Exception {
		KeyPair key = keyPair();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(this.ca, serial(), notBefore(), notAfter(),
				new X500Name("CN=" + name), key.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
			.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
		if (subjectAlternativeNames != null) {
			builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames);
		}
		write(name + ".crt", pem("CERTIFICATE", sign(builder).getEncoded()));
		write(name + ".key", pem("PRIVATE KEY", key.getPrivate().getEncoded()));
		return name;
	}

	private X509Certificate sign(X509v3CertificateBuilder builder)
			throws OperatorCreationException, GeneralSecurityException {
		PrivateKey signer = this.caKey.getPrivate();
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	private static BigInteger serial() {
		return BigInteger.valueOf(serials.incrementAndGet());
	}

	private static Date notBefore() {
		return Date.from(Instant.now().minus(Duration.ofHours(1)));
	}

	private static Date notAfter() {
		return Date.from(Instant.now().plus(Duration.ofDays(1)));
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	private void write(String file, String content) throws IOException {
		Files.writeString(this.directory.resolve(file), content, StandardCharsets.US_ASCII);
	}

	private String location(String file) {
		return "file:" + this.directory.resolve(file).toAbsolutePath();
	}

}
