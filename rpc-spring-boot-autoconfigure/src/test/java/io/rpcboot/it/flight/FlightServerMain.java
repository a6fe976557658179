package io.rpcboot.it.flight;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import io.rpcboot.it.server.ShopServer;

/**
 * Runs the round-trip server in a JVM of its own, so that the test's JVM holds only the
 * client, and prints its port; it stops when its standard input closes.
 */
public final class FlightServerMain {

	/** The line the server prints once it listens, followed by its port. */
	public static final String PORT = "FLIGHT-SERVER-PORT=";

	private FlightServerMain() {
	}

	public static void main(String[] args) throws Exception {
		WebServerApplicationContext context = (WebServerApplicationContext) new SpringApplicationBuilder(
				ShopServer.class)
			.web(WebApplicationType.SERVLET)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn")
			.run(args);
		System.out.println(PORT + context.getWebServer().getPort());
		System.out.flush();
		while (System.in.read() >= 0) {
			// until the test ends
		}
		System.exit(0);
	}

}
