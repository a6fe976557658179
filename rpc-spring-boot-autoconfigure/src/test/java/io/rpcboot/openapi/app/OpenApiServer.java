package io.rpcboot.openapi.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exports {@link CatalogueService} beside a REST endpoint. */
@SpringBootApplication
public class OpenApiServer {

	@RestController
	static class GreetingController {

		@GetMapping("/api/greeting")
		String greeting(@RequestParam String name) {
			return "hello " + name;
		}

	}

}
