package io.rpcboot.loadbalancer.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** One instance of the {@link StockService}; the tests start several, each on a random port. */
@SpringBootApplication
public class StockServer {

}
