package io.rpcboot.benchmarks.soak;

/**
 * One SIGKILL of the server and its restart on the same port; times are milliseconds from the
 * start of the load, {@code readyMillis} when the new server's port accepted connections.
 */
record Kill(int number, long killedMillis, long readyMillis, long killedPid, long newPid) {

	/** How long after the restart a failed call still counts as the kill's (connections to the dead server). */
	static final long GRACE_MILLIS = 2_000;

	/** Whether a call that ran from {@code start} to {@code end} overlapped the server's absence. */
	boolean downDuring(long start, long end) {
		return start <= this.readyMillis && end >= this.killedMillis;
	}

	/** Whether such a call overlapped the grace period right after the restart. */
	boolean justAfter(long start, long end) {
		return start <= this.readyMillis + GRACE_MILLIS && end > this.readyMillis;
	}

}
