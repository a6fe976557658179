package io.rpcboot.demo.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static io.rpcboot.demo.server.VisibleAssumptions.assumeAvailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Any language can call the demo: {@code clients/python/rpcboot_client.py} (standard library only)
 * reads the server's OpenAPI document and calls every kind of operation. Skipped, with the reason,
 * where the machine has no {@code python3}.
 */
class PythonClientTests {

	private static final Path SCRIPT = Path.of("..", "clients", "python", "rpcboot_client.py");

	@Test
	void pythonClientReadsTheOpenApiDocumentAndCallsTheServer() throws Exception {
		Path python = Executables.onPath(List.of("python3")).orElse(null);
		assumeAvailable(python != null, getClass().getSimpleName(), "no python3 on the PATH: the Python client is not run");
		assertThat(SCRIPT).isRegularFile();
		try (ConfigurableApplicationContext server = SpringApplication.run(DemoServerApplication.class,
				"--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) server).getWebServer().getPort();
			String output = run(python, SCRIPT.toString(), "http://127.0.0.1:" + port);
			assertThat(output)
				.contains("/rpc/openapi.json: OpenAPI 3.1.0, 8 operations")
				.contains("Bookstore.search(text: string) | Bookstore.search(text: string, limit: integer)")
				.contains("Bookstore.order(isbn: string, quantity: integer)")
				.contains("book positional -> Effective Java by Joshua Bloch, 4599 EUR")
				.contains("search named (text, limit) -> ['Effective Java']")
				.contains("search positional (text) -> ['Effective Java', 'Java Concurrency in Practice']")
				.contains("review named -> None")
				.contains("order named -> order-1: 2 x 978-1617294945, 9998 cents")
				.contains("stock no arguments -> [('978-0134685991', 3), ('978-0321349606', 1), ('978-1617294945', 5)]")
				.contains("order too many -> failed_precondition 422 exception=io.rpcboot.demo.api.OutOfStockException"
						+ " detail=only 1 of 'Java Concurrency in Practice' left, 50 ordered")
				.contains("book unknown isbn -> invalid_argument 400 exception=None detail=Bookstore.book: no book with ISBN 0")
				.contains("order wrong type -> invalid_argument 400 exception=None detail=Bookstore.order: argument 1 (quantity)");
		}
	}

	/** Runs a command to its end (at most a minute) and answers its output, stdout and stderr together. */
	private static String run(Path executable, String... arguments) throws IOException, InterruptedException {
		List<String> command = Stream.concat(Stream.of(executable.toString()), Stream.of(arguments)).toList();
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		// the server is on 127.0.0.1: no proxy of the machine's may stand in between
		List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
			.forEach(environment::remove);
		environment.put("PYTHONIOENCODING", "utf-8");
		environment.put("PYTHONDONTWRITEBYTECODE", "1");
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("python3 still running after 60 s; its output so far is lost with it");
		}
		String text = output.join();
		assertThat(process.exitValue()).as("exit status of python3, whose output was:%n%s", text).isZero();
		return text;
	}

	private static String readAll(InputStream input) {
		try (input) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("reading the output of python3", ex);
		}
	}

}
