package io.rpcboot.it.hops.b;

import java.util.concurrent.CompletableFuture;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** Calls C on Spring's task executor, away from the request thread. */
@Component
public class AsyncRelay {

	private final BackClient back;

	private final OutgoingCalls calls;

	AsyncRelay(BackClient back, OutgoingCalls calls) {
		this.back = back;
		this.calls = calls;
	}

	@Async
	public CompletableFuture<String> relay(String job) {
		return CompletableFuture.completedFuture(this.calls.call(this.back, job));
	}

}
