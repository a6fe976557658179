package io.rpcboot.it.hops.b;

import java.util.concurrent.CompletableFuture;

import io.rpcboot.RpcService;
import io.rpcboot.context.IncomingDeadline;
import io.rpcboot.it.hops.api.Front;

/** Hands each job on to C, with nothing but its own 30s timeout for C set in configuration. */
@RpcService
public class FrontService implements Front {

	private final BackClient back;

	private final OutgoingCalls calls;

	private final AsyncRelay async;

	FrontService(BackClient back, OutgoingCalls calls, AsyncRelay async) {
		this.back = back;
		this.calls = calls;
		this.async = async;
	}

	@Override
	public String relay(String job) {
		return this.calls.call(this.back, job);
	}

	@Override
	public CompletableFuture<String> relayLater(String job) {
		return this.async.relay(job);
	}

	@Override
	public String incomingDeadline() {
		IncomingDeadline deadline = IncomingDeadline.current();
		return (deadline != null) ? deadline.call() + " " + deadline.remaining().toMillis() : "none";
	}

}
