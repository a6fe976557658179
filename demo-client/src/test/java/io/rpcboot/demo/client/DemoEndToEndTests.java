package io.rpcboot.demo.client;

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
		// command-line arguments, so that demo-client's application.yml (first on this classpath) cannot turn the server off
		try (ConfigurableApplicationContext server = SpringApplication.run(DemoServerApplication.class,
				"--server.port=0", "--server.address=127.0.0.1", "--spring.main.web-application-type=servlet")) {
			int port = ((WebServerApplicationContext) server).getWebServer().getPort();
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

	private static ConfigurableApplicationContext startServer() {
		return SpringApplication.run(DemoServerApplication.class, "--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.web-application-type=servlet");
	}

	private static int port(ConfigurableApplicationContext server) {
		return ((WebServerApplicationContext) server).getWebServer().getPort();
	}

}
