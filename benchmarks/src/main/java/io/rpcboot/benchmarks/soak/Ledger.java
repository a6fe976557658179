package io.rpcboot.benchmarks.soak;

import io.rpcboot.RpcMethod;

/**
 * The service of the soak run: one operation that is safe to resend, one that is not.
 */
public interface Ledger {

	/** Reads an account's balance: may be resent. */
	@RpcMethod(idempotent = true)
	long balance(String account);

	/** Adds to an account and answers the new balance: never resent once it may have run. */
	long deposit(String account, long cents);

}
