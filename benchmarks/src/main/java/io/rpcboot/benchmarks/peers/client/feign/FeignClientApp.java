package io.rpcboot.benchmarks.peers.client.feign;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.rpcboot.benchmarks.peers.Peer;

/** Spring Cloud OpenFeign with its defaults, calling the {@code @RestController}. */
@SpringBootApplication
@EnableFeignClients(clients = FeignClientApp.PeerFeign.class)
public class FeignClientApp {

	@FeignClient(name = "peer", url = "${peers.url}")
	public interface PeerFeign extends Peer {

		@Override
		@PostMapping("/rest/echo")
		Item echo(@RequestBody Item item);

		@Override
		@PostMapping("/rest/bulk")
		List<Item> bulk(@RequestBody int n);

	}

}
