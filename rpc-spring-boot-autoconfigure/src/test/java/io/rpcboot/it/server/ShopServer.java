package io.rpcboot.it.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The server application of the round-trip tests: exports {@link ShopService}. Spring Security
 * is on the test class path for the security tests; this application leaves it off.
 */
@SpringBootApplication(excludeName = { "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration" })
public class ShopServer {

}
