package io.rpcboot.loadbalancer;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.loadbalancer.client.StockClientApp;
import io.rpcboot.loadbalancer.server.StockServer;
import io.rpcboot.loadbalancer.server.StockService;

/**
 * Instances of the stock server, each a real application on a random port, and client-only
 * applications that find them through Spring Cloud's simple discovery list.
 */
final class StockInstances implements AutoCloseable {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private final List<String> uris = new ArrayList<>();

	/** Starts an instance, named so in its answers, with extra properties. */
	ConfigurableApplicationContext start(String name, String... properties) {
		ConfigurableApplicationContext server = run(
				new SpringApplicationBuilder(StockServer.class).web(WebApplicationType.SERVLET),
				List.of("server.port=0", "server.address=127.0.0.1", "stock.instance=" + name),
				List.of(properties));
		this.uris.add("http://127.0.0.1:" + port(server));
		return server;
	}

	/** Lists one more instance, at a port nothing listens on: a server that is down. */
	void listDead() throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			this.uris.add("http://127.0.0.1:" + probe.getLocalPort());
		}
	}

	/** Starts a client-only application whose simple discovery list holds every instance listed so far. */
	ConfigurableApplicationContext client(String... properties) {
		List<String> discovery = new ArrayList<>();
		for (int i = 0; i < this.uris.size(); i++) {
			discovery.add("spring.cloud.discovery.client.simple.instances.stock[" + i + "].uri=" + this.uris.get(i));
		}
		return run(new SpringApplicationBuilder(StockClientApp.class).web(WebApplicationType.NONE), discovery,
				List.of(properties));
	}

	static int port(ConfigurableApplicationContext server) {
		return ((WebServerApplicationContext) server).getWebServer().getPort();
	}

	static StockService service(ConfigurableApplicationContext server) {
		return server.getBean(StockService.class);
	}

	/** Kills an instance: its web server stops at once, cutting the calls it is running, and then its context. */
	static void kill(ConfigurableApplicationContext server) {
		((WebServerApplicationContext) server).getWebServer().stop();
		server.close();
	}

	private ConfigurableApplicationContext run(SpringApplicationBuilder builder, List<String> defaults,
			List<String> properties) {
		List<String> all = new ArrayList<>(defaults);
		all.add("spring.main.banner-mode=off");
		all.addAll(properties);
		ConfigurableApplicationContext context = builder.properties(all.toArray(String[]::new)).run();
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
