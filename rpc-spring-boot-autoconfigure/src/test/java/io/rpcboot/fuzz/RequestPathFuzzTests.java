package io.rpcboot.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.fuzz.RawConnection.Outcome;
import io.rpcboot.fuzz.server.Exchange;
import io.rpcboot.fuzz.server.Exchanges;
import io.rpcboot.fuzz.server.FuzzServer;

/**
 * Fuzzes rpcboot's request path over a real socket: each input is the raw bytes of one
 * connection (request line, headers, body, framing, several requests or half of one) sent to
 * an embedded server, which is then judged by {@link WireOracle}.
 * <p>
 * {@code ./mvnw verify} replays the saved inputs in {@value #CORPUS} as a plain
 * parameterized test. Jazzer runs only when asked to fuzz ({@code JAZZER_FUZZ=1 ./mvnw -pl
 * rpc-spring-boot-autoconfigure test -Dtest='RequestPathFuzzTests#rawRequest'}), in a JVM of
 * its own: its agent rewrites every class loaded after it and drops the parameter names that
 * {@code -parameters} compiled in, which would break the named-argument tests of any other
 * test class in the same JVM. A finding is saved in the corpus as {@code crash-*}.
 */
class RequestPathFuzzTests {

	/** The saved inputs, where Jazzer also reads its seeds and writes what it finds. */
	static final String CORPUS = "src/test/resources/io/rpcboot/fuzz/RequestPathFuzzTestsInputs/rawRequest";

	/** Inputs that still find something, out of CI until fixed. */
	static final String PENDING = "src/test/fuzz/pending";

	/** How long the server has to answer and close; generous when replaying in CI on a busy machine. */
	private static final Duration BOUND = Duration
		.ofMillis(Long.getLong("rpc.fuzz.bound-ms", (System.getenv("JAZZER_FUZZ") != null) ? 1_000 : 5_000));

	private static ConfigurableApplicationContext server;

	private static int port;

	@BeforeAll
	static void start() {
		server = new SpringApplicationBuilder(FuzzServer.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"rpc.server.max-request-size=2KB", "logging.level.root=warn",
					"logging.level.io.rpcboot.server.ExceptionTranslator=off")
			.run();
		port = ((WebServerApplicationContext) server).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		SpringApplication.exit(server);
	}

	/** Replays each saved input: what CI runs. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("savedInputs")
	void savedInput(Path input) throws IOException {
		send(Files.readAllBytes(input));
	}

	@FuzzTest(maxDuration = "10m")
	@DictionaryFile(resourcePath = "http.dict")
	@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
	void rawRequest(byte[] input) throws IOException {
		// Jazzer's SSRF detector refuses every connection but those to the server
		try (SilentCloseable allowed = BugDetectors.allowNetworkConnections((host, to) -> to == port)) {
			send(input);
		}
	}

	/**
	 * Inputs that still find something, kept out of the corpus that CI replays until they are
	 * fixed: {@code -Drpc.fuzz.pending=true} replays them; move each fixed one into the corpus.
	 */
	@ParameterizedTest(name = "{0}", allowZeroInvocations = true)
	@MethodSource("pendingInputs")
	@EnabledIfSystemProperty(named = "rpc.fuzz.pending", matches = "true")
	void pendingFinding(Path input) throws IOException {
		send(Files.readAllBytes(input));
	}

	static Stream<Path> savedInputs() throws IOException {
		return inputs(CORPUS);
	}

	static Stream<Path> pendingInputs() throws IOException {
		return inputs(PENDING);
	}

	private static Stream<Path> inputs(String folder) throws IOException {
		try (Stream<Path> files = Files.list(Path.of(folder))) {
			return files.filter((file) -> !file.getFileName().toString().endsWith(".md")).sorted().toList().stream();
		}
	}

	private static void send(byte[] input) throws IOException {
		byte[] request = RawRequests.toSend(input);
		int[] localPort = new int[1];
		Outcome outcome = RawConnection.exchange(port, request, BOUND, (local) -> {
			localPort[0] = local;
			Exchanges.clear(local);
		});
		List<Exchange> exchanges = Exchanges.of(localPort[0]);
		Exchanges.clear(localPort[0]);
		List<Finding> findings = new ArrayList<>(WireOracle.judge(outcome, exchanges, BOUND));
		if (!outcome.closedInTime() && findings.size() == 1) {
			// a pause of a busy machine, or the first call after instrumentation, is no hang: it must happen twice
			Outcome again = RawConnection.exchange(port, request, BOUND, Exchanges::clear);
			Exchanges.clear(again.localPort());
			if (again.closedInTime()) {
				findings.clear();
			}
		}
		for (String stray : Exchanges.drainStrays()) {
			findings.add(new Finding(Finding.Kind.RAN_FOR_MALFORMED, "a method ran outside any request: " + stray));
		}
		if (!findings.isEmpty()) {
			Finding.raise(findings, "Sent:\n" + RawRequests.describe(request) + "\n\nReceived in "
					+ outcome.elapsed().toMillis() + " ms:\n" + RawRequests.describe(outcome.received()));
		}
	}

}
