package io.rpcboot.loadbalancer.client;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A client-only application calling {@link StockClient}, logging the balancer's attempts. */
@SpringBootApplication
public class StockClientApp {

	@Bean
	AttemptLog attemptLog() {
		return new AttemptLog();
	}

}
