package io.rpcboot.it.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts real applications for the security tests, and stops them all at the end. */
final class SecuredApps implements AutoCloseable {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	/**
	 * A server on a random port of 127.0.0.1, with Spring Security's auto-configuration (the
	 * test {@code application.properties} leaves it off for every other test application).
	 */
	ConfigurableApplicationContext server(Class<?> application, String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		return start(new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET), all,
				"--spring.autoconfigure.exclude=");
	}

	/** A client-only application. */
	ConfigurableApplicationContext client(Class<?> application, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		return start(new SpringApplicationBuilder(application).web(WebApplicationType.NONE), all,
				"--spring.autoconfigure.exclude=");
	}

	static int port(ConfigurableApplicationContext server) {
		return ((WebServerApplicationContext) server).getWebServer().getPort();
	}

	private ConfigurableApplicationContext start(SpringApplicationBuilder builder, List<String> properties,
			String... arguments) {
		ConfigurableApplicationContext context = builder.properties(properties.toArray(String[]::new)).run(arguments);
		this.contexts.add(context);
		return context;
	}

	@Override
	public void close() {
		for (int i = this.contexts.size() - 1; i >= 0; i--) {
			if (this.contexts.get(i).isActive()) {
				SpringApplication.exit(this.contexts.get(i));
			}
		}
	}

}
