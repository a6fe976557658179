package io.rpcboot.it.hops.b;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * B, the middle app: exports {@code Front} and calls {@code Back} through {@link BackClient}.
 * Its task executor propagates context, the one bean docs/deadlines.md asks for.
 */
@SpringBootApplication
@EnableAsync
public class RelayApp {

	@Bean
	ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}

}
