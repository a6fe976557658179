package io.rpcboot.demo.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.demo.server.DemoServerApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo as a user runs it: the real demo-server on a random port, the real demo-client against it. */
@ExtendWith(OutputCaptureExtension.class)
class DemoEndToEndTests {

	@Test
	void clientCallsEveryFeatureOfTheServer(CapturedOutput output) {
		try (ConfigurableApplicationContext server = startServer()) {
			int port = port(server);
			try (ConfigurableApplicationContext client = SpringApplication.run(DemoClientApplication.class,
					"--rpc.client.services.Bookstore.url=http://127.0.0.1:" + port)) {
				assertThat(client.getBean(BookstoreClient.class).book("978-0134685991").title())
					.isEqualTo("Effective Java");
			}
		}
		assertThat(output.getOut())
			.contains("-> Book[isbn=978-0134685991, title=Effective Java, author=Joshua Bloch, price=45.99 EUR]")
			.contains("search(\"java\", 1)\n      -> [Book[isbn=978-0134685991")
			.contains("-> done (void)")
			.contains("-> Order[id=order-1, isbn=978-0134685991, quantity=2, total=91.98 EUR]")
			.contains("threw OutOfStockException: only 1 of 'Effective Java' left, 50 ordered")
			.contains("returned at once, done=false; later: {")
			.contains("-> SalesReport[year=2025, booksSold=1234, revenue=58432.10 EUR]")
			.containsPattern("threw RpcTimeoutException after \\d+ ms \\(DEADLINE_EXCEEDED\\): Bookstore.restock: ")
			// the hop: the warehouse call made by restock ended at restock's deadline, not at its own 10 s
			.containsPattern("Warehouse.deliver\\(978-0134685991, 10\\) stopped after \\d+ ms: its caller's deadline passed")
			.containsPattern("  book, OK: 1, \\d+ ms")
			.contains("  order, FAILED_PRECONDITION: 1, ")
			.contains("  restock, DEADLINE_EXCEEDED: 1, ")
			.contains("  Bookstore.book: OK=1\n")
			.contains("  Bookstore.order: OK=1, FAILED_PRECONDITION=1\n")
			.contains("  Bookstore.restock: DEADLINE_EXCEEDED=1\n")
			.contains("  Warehouse.deliver: DEADLINE_EXCEEDED=1\n")
			.contains("  its own client Warehouse.deliver (timeout 10s): DEADLINE_EXCEEDED=1\n")
			.contains("Demo finished");
	}

	@Test
	void clientCallsTwoServersBehindOneLoadBalancedUrl(CapturedOutput output) {
		try (ConfigurableApplicationContext first = startServer(); ConfigurableApplicationContext second = startServer()) {
			// the lb profile as documented, its discovery list pointed at the two random ports
			try (ConfigurableApplicationContext client = SpringApplication.run(DemoClientApplication.class,
					"--spring.profiles.active=lb",
					"--spring.cloud.discovery.client.simple.instances.bookstore[0].uri=http://127.0.0.1:" + port(first),
					"--spring.cloud.discovery.client.simple.instances.bookstore[1].uri=http://127.0.0.1:" + port(second))) {
				assertThat(client.getBean(BookstoreClient.class).book("978-0134685991").title())
					.isEqualTo("Effective Java");
			}
		}
		assertThat(output.getOut()).contains("demo-client calls RpcClient(BookstoreClient -> lb://bookstore/rpc/Bookstore)")
			.contains("-> Book[isbn=978-0134685991, title=Effective Java, author=Joshua Bloch, price=45.99 EUR]")
			.contains("threw OutOfStockException: only ")
			.containsPattern("threw RpcTimeoutException after \\d+ ms \\(DEADLINE_EXCEEDED\\): Bookstore.restock: ")
			.contains("Demo finished");
	}

	/**
	 * The demo-server on a free port known before it starts: its Bookstore calls its Warehouse at
	 * its own port. Its settings are command-line arguments: demo-client's application.yml comes
	 * first on this classpath, so demo-server's is not read.
	 */
	private static ConfigurableApplicationContext startServer() {
		int port = freePort();
		return SpringApplication.run(DemoServerApplication.class, "--server.port=" + port,
				"--server.address=127.0.0.1", "--spring.main.web-application-type=servlet",
				"--rpc.client.services.Warehouse.url=http://127.0.0.1:" + port,
				"--rpc.client.services.Warehouse.timeout=10s", "--management.endpoints.web.exposure.include=rpc");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int port(ConfigurableApplicationContext server) {
		return ((WebServerApplicationContext) server).getWebServer().getPort();
	}

}
