package io.rpcboot.it.observation.api;

import java.util.concurrent.CompletableFuture;

import io.rpcboot.RpcMethod;

/** The service the observability tests call. */
public interface Ledger {

	int add(int a, int b);

	/** Fails {@code invalid_argument}. */
	int reject(String reason);

	/** Fails {@code failed_precondition} above 10. */
	int reserve(int quantity) throws LimitExceededException;

	/** Does its work in a user observation of its own, {@code ledger.work}. */
	String work();

	CompletableFuture<String> later(String value);

	@RpcMethod(timeout = "300ms", idempotent = true)
	String slow(long millis);

}
