package io.rpcboot.loadbalancer.api;

import io.rpcboot.RpcMethod;

/** The service that several instances export in the load-balancing tests. */
public interface Stock {

	/** Safe to resend: answers {@code n} and the instance that counted it. */
	@RpcMethod(idempotent = true)
	Count count(int n);

	/** Not safe to resend: takes {@code n} after a pause, and answers the instance that took it. */
	Count take(int n, long millis);

	record Count(String instance, int n) {
	}

}
