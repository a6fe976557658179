package io.rpcboot.benchmarks.peers.grpc;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.rpcboot.benchmarks.peers.Items;
import io.rpcboot.benchmarks.peers.Peer.Item;

import static org.assertj.core.api.Assertions.assertThat;

class PeerGrpcTests {

	@Test
	void itemIsEncodedAsProtobufWouldEncodeIt() throws IOException {
		InputStream stream = PeerGrpc.ECHO.getRequestMarshaller().stream(new Item("a", 1, "b", "c", "d"));
		assertThat(stream.readAllBytes()).containsExactly(0x0a, 0x01, 'a', 0x10, 0x01, 0x1a, 0x01, 'b', 0x22, 0x01,
				'c', 0x2a, 0x01, 'd');
	}

	@Test
	void itemRoundTrips() {
		Item item = Item.of("caller-7", 123456);
		assertThat(PeerGrpc.ECHO.parseResponse(PeerGrpc.ECHO.streamResponse(item))).isEqualTo(item);
	}

	@Test
	void bulkRoundTrips() {
		assertThat(PeerGrpc.BULK.parseRequest(PeerGrpc.BULK.streamRequest(10_000))).isEqualTo(10_000);
		List<Item> items = Items.list(10_000);
		assertThat(PeerGrpc.BULK.parseResponse(PeerGrpc.BULK.streamResponse(items))).isEqualTo(items);
	}

}
