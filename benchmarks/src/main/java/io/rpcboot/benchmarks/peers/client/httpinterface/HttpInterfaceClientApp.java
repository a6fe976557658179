package io.rpcboot.benchmarks.peers.client.httpinterface;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.registry.ImportHttpServices;

import io.rpcboot.benchmarks.peers.Peer;

/**
 * An {@code @HttpExchange} interface registered by {@code @ImportHttpServices}, with Boot's
 * defaults; the URL is {@code spring.http.serviceclient.peer.base-url}.
 */
@SpringBootApplication
@ImportHttpServices(group = "peer", types = HttpInterfaceClientApp.PeerHttp.class)
public class HttpInterfaceClientApp {

	@HttpExchange("/rest")
	public interface PeerHttp extends Peer {

		@Override
		@PostExchange("/echo")
		Item echo(@RequestBody Item item);

		@Override
		@PostExchange("/bulk")
		List<Item> bulk(@RequestBody int n);

	}

}
