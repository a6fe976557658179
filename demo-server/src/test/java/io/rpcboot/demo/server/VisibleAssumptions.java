package io.rpcboot.demo.server;

import org.junit.jupiter.api.Assumptions;

/**
 * An assumption whose reason also reaches the build's console: Surefire prints only "Skipped: 1" for an
 * aborted test, and keeps the message in its XML report.
 */
final class VisibleAssumptions {

	private VisibleAssumptions() {
	}

	static void assumeAvailable(boolean available, String test, String reason) {
		if (!available) {
			System.err.println("[SKIPPED] " + test + ": " + reason);
		}
		Assumptions.assumeTrue(available, reason);
	}

}
