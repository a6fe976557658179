package io.rpcboot.it.observation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.it.observation.client.LedgerClient;
import io.rpcboot.it.observation.client.LedgerClientApp;
import io.rpcboot.it.observation.server.LedgerServer;

/**
 * A {@code Ledger} server on a random port and a client application calling it, both with
 * actuator, Micrometer tracing over OpenTelemetry (every call sampled) and a simple meter registry.
 */
final class ObservedApps implements AutoCloseable {

	private static final List<String> COMMON = List.of("spring.main.banner-mode=off",
			"management.tracing.sampling.probability=1.0",
			"management.opentelemetry.tracing.export.schedule-delay=10ms");

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private final ConfigurableApplicationContext server;

	private final ConfigurableApplicationContext client;

	ObservedApps(List<String> serverProperties, List<String> clientProperties) {
		this(serverProperties, clientProperties, WebApplicationType.NONE);
	}

	/** @param clientType {@code SERVLET} to reach the client application's actuator over HTTP */
	ObservedApps(List<String> serverProperties, List<String> clientProperties, WebApplicationType clientType) {
		List<String> server = new ArrayList<>(COMMON);
		server.addAll(List.of("server.port=0", "server.address=127.0.0.1"));
		server.addAll(serverProperties);
		this.server = start(new SpringApplicationBuilder(LedgerServer.class).web(WebApplicationType.SERVLET), server);
		List<String> client = new ArrayList<>(COMMON);
		client.add("rpc.client.services.Ledger.url=http://127.0.0.1:" + port());
		if (clientType != WebApplicationType.NONE) {
			client.addAll(List.of("server.port=0", "server.address=127.0.0.1"));
		}
		client.addAll(clientProperties);
		this.client = start(new SpringApplicationBuilder(LedgerClientApp.class).web(clientType), client);
	}

	ObservedApps() {
		this(List.of(), List.of());
	}

	int port() {
		return port(this.server);
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	ConfigurableApplicationContext server() {
		return this.server;
	}

	ConfigurableApplicationContext client() {
		return this.client;
	}

	LedgerClient ledger() {
		return this.client.getBean(LedgerClient.class);
	}

	private ConfigurableApplicationContext start(SpringApplicationBuilder builder, List<String> properties) {
		ConfigurableApplicationContext context = builder.properties(properties.toArray(String[]::new)).run();
		this.contexts.add(context);
		return context;
	}

	@Override
	public void close() {
		for (int i = this.contexts.size() - 1; i >= 0; i--) {
			SpringApplication.exit(this.contexts.get(i));
		}
	}

}
