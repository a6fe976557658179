package io.rpcboot.it.client;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The client application of the round-trip tests: its package holds {@link ShopClient}. */
@SpringBootApplication
public class ShopClientApp {

}
