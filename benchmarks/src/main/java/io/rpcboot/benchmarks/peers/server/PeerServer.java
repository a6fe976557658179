package io.rpcboot.benchmarks.peers.server;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.rpcboot.RpcService;
import io.rpcboot.benchmarks.peers.Items;
import io.rpcboot.benchmarks.peers.Peer;

/**
 * One Boot app (Tomcat, Jackson 3, Boot's defaults) answering the operations twice: as the
 * rpcboot service {@code Peer} at {@code /rpc/Peer/*} and as a {@code @RestController} at
 * {@code /rest/*}.
 */
@SpringBootApplication
public class PeerServer {

	public static void main(String[] args) {
		SpringApplication.run(PeerServer.class, args);
	}

	@RpcService
	static class PeerService implements Peer {

		@Override
		public Item echo(Item item) {
			return item;
		}

		@Override
		public List<Item> bulk(int n) {
			return Items.list(n);
		}

	}

	@RestController
	@RequestMapping("/rest")
	static class PeerController {

		@PostMapping("/echo")
		Peer.Item echo(@RequestBody Peer.Item item) {
			return item;
		}

		@PostMapping("/bulk")
		List<Peer.Item> bulk(@RequestBody int n) {
			return Items.list(n);
		}

	}

}
