package io.rpcboot.it.security;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** JWTs signed by a key made for the test run; the resource server trusts {@link #publicKey()}. */
public final class TestTokens {

	private static final RSAKey TRUSTED = generate();

	private static final RSAKey UNTRUSTED = generate();

	private TestTokens() {
	}

	public static RSAPublicKey publicKey() {
		try {
			return TRUSTED.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token for a subject with the given scope, signed by the trusted key. */
	public static String token(String subject, String scope) {
		return sign(TRUSTED, subject, scope);
	}

	/** A well-formed token signed by a key the server does not trust. */
	public static String forged(String subject, String scope) {
		return sign(UNTRUSTED, subject, scope);
	}

	private static String sign(RSAKey key, String subject, String scope) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("scope", scope)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
