package io.rpcboot.it.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The server application of the round-trip tests: exports {@link ShopService}. */
@SpringBootApplication
public class ShopServer {

}
