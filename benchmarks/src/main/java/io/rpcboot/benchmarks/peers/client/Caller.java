package io.rpcboot.benchmarks.peers.client;

/** One row's client, as the callers use it: each call checks its answer's content. */
interface Caller extends AutoCloseable {

	/**
	 * Makes one call and checks the answer.
	 * @param caller the caller's number, sent in the echo's name
	 * @param seq the call's number, sent as the echo's count
	 * @param n {@code 0} for an echo, else the number of records {@code bulk} asks for
	 * @return whether the answer is exactly the expected one
	 */
	boolean call(int caller, int seq, int n) throws Exception;

	@Override
	default void close() throws Exception {
	}

}
