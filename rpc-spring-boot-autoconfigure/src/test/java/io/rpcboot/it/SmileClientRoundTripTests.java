package io.rpcboot.it;

import org.junit.jupiter.api.BeforeAll;

import io.rpcboot.it.client.ShopClient;

/** The round trips of {@link ClientRoundTripTests} (records, generics, Optional, java.time, overloads, futures) over Smile. */
class SmileClientRoundTripTests extends ClientRoundTripTests {

	@BeforeAll
	static void start() {
		roundTrip = new RoundTrip();
		shop = roundTrip.client("rpc.client.services.Shop.encoding=smile").getBean(ShopClient.class);
	}

}
