package io.rpcboot.demo.server;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An ordinary REST endpoint of the same app: Swagger UI ({@code /swagger-ui.html}) lists it beside
 * the RPC operations of {@link BookstoreService}.
 */
@RestController
@RequestMapping("/api")
public class StoreController {

	@GetMapping("/store")
	public Store store() {
		return new Store("rpcboot demo bookstore", "Mo-Sa 09:00-19:00", List.of("EUR"));
	}

	/** What a browser or a monitoring check reads about the shop. */
	public record Store(String name, String openingHours, List<String> currencies) {
	}

}
