package io.rpcboot.benchmarks.peers.client;

import java.util.List;

import io.rpcboot.benchmarks.peers.Items;
import io.rpcboot.benchmarks.peers.Peer;
import io.rpcboot.benchmarks.peers.Peer.Item;

/** A row whose client is a {@link Peer}: the echo must equal what was sent, a list every record. */
final class TypedCaller implements Caller {

	private final Peer peer;

	private final AutoCloseable resources;

	TypedCaller(Peer peer, AutoCloseable resources) {
		this.peer = peer;
		this.resources = resources;
	}

	@Override
	public boolean call(int caller, int seq, int n) {
		if (n == 0) {
			Item sent = Item.of("caller-" + caller, seq);
			return sent.equals(this.peer.echo(sent));
		}
		List<Item> answer = this.peer.bulk(n);
		return Items.list(n).equals(answer);
	}

	@Override
	public void close() throws Exception {
		this.resources.close();
	}

}
