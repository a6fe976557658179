package io.rpcboot.benchmarks.peers;

import java.util.List;

/** What every row answers: an echo of a small record, and a list of {@code n} records. */
public interface Peer {

	Item echo(Item item);

	List<Item> bulk(int n);

	/** A name, an int and three short strings: about 65 bytes of JSON. */
	record Item(String name, int count, String a, String b, String c) {

		public static Item of(String name, int count) {
			return new Item(name, count, "alpha", "bravo", "charlie");
		}

	}

}
