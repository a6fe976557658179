package io.rpcboot.benchmarks.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.rpcboot.RpcService;
import io.rpcboot.benchmarks.Echo;

/** One server app answering the same echo twice: as an rpcboot service and as a @RestController. */
@SpringBootApplication
public class BenchmarkServer {

	@RpcService
	static class EchoService implements Echo {

		@Override
		public Payload echo(Payload payload) {
			return payload;
		}

	}

	@RestController
	static class EchoController {

		@PostMapping("/rest/echo")
		Echo.Payload echo(@RequestBody Echo.Payload payload) {
			return payload;
		}

	}

}
