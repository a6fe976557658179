package io.rpcboot.it;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.it.client.ShopClientApp;
import io.rpcboot.it.server.ShopServer;

/** Starts the round-trip applications as real ones: a server on a random port and client-only apps. */
public final class RoundTrip implements AutoCloseable {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private final ConfigurableApplicationContext server;

	public RoundTrip(String... serverProperties) {
		this(ShopServer.class, serverProperties);
	}

	/** Starts another server application, with extra properties. */
	public RoundTrip(Class<?> serverApplication, String... serverProperties) {
		List<String> properties = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.main.banner-mode=off"));
		properties.addAll(List.of(serverProperties));
		this.server = start(new SpringApplicationBuilder(serverApplication).web(WebApplicationType.SERVLET),
				properties);
	}

	public int port() {
		return ((WebServerApplicationContext) this.server).getWebServer().getPort();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	public ConfigurableApplicationContext server() {
		return this.server;
	}

	/** Starts a client-only application against this server, with extra properties. */
	public ConfigurableApplicationContext client(String... clientProperties) {
		List<String> properties = new ArrayList<>(List.of("spring.main.banner-mode=off",
				"rpc.client.services.Shop.url=" + baseUrl()));
		properties.addAll(List.of(clientProperties));
		return start(new SpringApplicationBuilder(ShopClientApp.class).web(WebApplicationType.NONE), properties);
	}

	private ConfigurableApplicationContext start(SpringApplicationBuilder builder, List<String> properties) {
		ConfigurableApplicationContext context = builder.properties(properties.toArray(String[]::new)).run();
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
