package io.rpcboot.it.hops.api;

import java.util.concurrent.CompletableFuture;

/** The service in the middle of the chain: it hands each job on to {@link Back}. */
public interface Front {

	/** Calls {@link Back#work} on the request thread. */
	String relay(String job);

	/** Calls {@link Back#work} from an {@code @Async} method, on Spring's task executor. */
	CompletableFuture<String> relayLater(String job);

	/** The deadline the server published for this call: {@code Service.method millisLeft}, or {@code none}. */
	String incomingDeadline();

}
