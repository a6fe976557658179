package io.rpcboot.it.hazard;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A service for the failure paths: answers that cannot be written, calls that block, exceptions that lie. */
public interface Hazards {

	/** A result that refers to itself: writing it never ends. */
	Node cyclic();

	/** A result whose getter throws an {@code Error} while the answer is written. */
	Broken broken();

	/** Counts the call, then sleeps (interruptibly). */
	String sleep(long millis);

	/** Counts the call, then blocks until {@link HazardsService#release} opens. */
	String hold();

	/** Counts the call; answers with a future that completes when the test says so. */
	CompletableFuture<String> pending();

	/** Throws an exception annotated {@code @ResponseStatus(OK)}. */
	String cheer();

	/** How many calls ran, of the counted methods. */
	int calls();

	/** Redeclared from {@code Object}: never exported, always answered locally. */
	@Override
	String toString();

	final class Broken {

		public String getState() {
			throw new AssertionError("invariant broken");
		}

	}

	final class Node {

		public List<Node> children = List.of();

		public String name = "node";

	}

}
