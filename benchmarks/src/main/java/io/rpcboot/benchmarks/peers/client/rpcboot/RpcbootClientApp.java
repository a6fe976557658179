package io.rpcboot.benchmarks.peers.client.rpcboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.rpcboot.RpcClient;
import io.rpcboot.benchmarks.peers.Peer;

/** rpcboot's client proxy with its defaults; the URL is {@code rpc.client.services.Peer.url}. */
@SpringBootApplication
public class RpcbootClientApp {

	@RpcClient
	public interface PeerClient extends Peer {

	}

}
