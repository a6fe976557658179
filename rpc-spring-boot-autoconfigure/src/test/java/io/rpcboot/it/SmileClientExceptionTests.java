package io.rpcboot.it;

import org.junit.jupiter.api.BeforeAll;

import io.rpcboot.client.ClientSpec;
import io.rpcboot.client.RpcClientFactory;
import io.rpcboot.it.client.ShopClient;
import io.rpcboot.it.other.OtherShop;

/** The error answers of {@link ClientExceptionTests} to a client that sends Smile: problems stay JSON and map the same. */
class SmileClientExceptionTests extends ClientExceptionTests {

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip("rpc.server.exceptions[java.util.NoSuchElementException]=unimplemented");
		var client = roundTrip.client("rpc.client.encoding=smile");
		shop = client.getBean(ShopClient.class);
		otherShop = client.getBean(RpcClientFactory.class).create(OtherShop.class, new ClientSpec("Shop", "Shop", null));
	}

}
