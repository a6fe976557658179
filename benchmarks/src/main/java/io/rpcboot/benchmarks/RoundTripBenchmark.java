package io.rpcboot.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import io.rpcboot.benchmarks.Echo.Payload;
import io.rpcboot.benchmarks.client.EchoClient;
import io.rpcboot.benchmarks.client.BenchmarkClient;
import io.rpcboot.benchmarks.server.BenchmarkServer;

/**
 * Calls per second of an rpcboot call against the peer a Spring team would write by hand:
 * {@code RestClient} (over the same pooled Apache HttpClient) to a {@code @RestController},
 * both served by one Tomcat in the same run, and the JDK's {@code HttpClient} to the same controller
 * (the peer table's {@code raw} row). Quote the ratio, not the absolute numbers. With
 * {@code -Djmh.args="RoundTripBenchmark -prof gc"}, {@code gc.alloc.rate.norm} is the bytes both
 * sides of one call allocate (client and server share the JVM).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3) // one JVM JITs Tomcat, Spring and both clients: warm-up is long on 2 cores
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(8)
public class RoundTripBenchmark {

	private static final Payload PAYLOAD = new Payload("benchmark", 42, List.of(1, 2, 3, 4, 5));

	private ConfigurableApplicationContext server;

	private ConfigurableApplicationContext client;

	private Echo rpc;

	private RestClient rest;

	private final HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private URI restEcho;

	@Setup
	public void start() {
		this.server = new SpringApplicationBuilder(BenchmarkServer.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run();
		int port = ((WebServerApplicationContext) this.server).getWebServer().getPort();
		this.client = new SpringApplicationBuilder(BenchmarkClient.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn",
					"rpc.client.services.Echo.url=http://127.0.0.1:" + port)
			.run();
		this.rpc = this.client.getBean(EchoClient.class);
		this.rest = this.client.getBean(RestClient.Builder.class)
			.requestFactory(ClientHttpRequestFactoryBuilder.httpComponents()
				.withConnectionManagerCustomizer((pool) -> pool.setMaxConnTotal(256).setMaxConnPerRoute(256))
				.build(HttpClientSettings.defaults()))
			.baseUrl("http://127.0.0.1:" + port)
			.build();
		this.restEcho = URI.create("http://127.0.0.1:" + port + "/rest/echo");
	}

	@TearDown
	public void stop() {
		SpringApplication.exit(this.client);
		SpringApplication.exit(this.server);
	}

	@Benchmark
	public Payload rpcboot() {
		return this.rpc.echo(PAYLOAD);
	}

	@Benchmark
	public Payload restClientToRestController() {
		return this.rest.post().uri("/rest/echo").body(PAYLOAD).retrieve().body(Payload.class);
	}

	/** The peer table's {@code raw} row: the JDK's HttpClient and Jackson 3 to the {@code @RestController}. */
	@Benchmark
	public Payload jdkHttpClientToRestController() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.restEcho)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofByteArray(this.json.writeValueAsBytes(PAYLOAD)))
			.build();
		return this.json.readValue(this.jdk.send(request, BodyHandlers.ofByteArray()).body(), Payload.class);
	}

}
