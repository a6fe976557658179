package io.rpcboot.benchmarks.peers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.rpcboot.benchmarks.peers.Peer.Item;

/** The lists that {@code bulk(n)} answers, built once per {@code n} on both sides. */
public final class Items {

	private static final Map<Integer, List<Item>> LISTS = new ConcurrentHashMap<>();

	private Items() {
	}

	public static List<Item> list(int n) {
		return LISTS.computeIfAbsent(n, Items::build);
	}

	private static List<Item> build(int n) {
		List<Item> items = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			items.add(Item.of("item-" + i, i));
		}
		return Collections.unmodifiableList(items);
	}

}
