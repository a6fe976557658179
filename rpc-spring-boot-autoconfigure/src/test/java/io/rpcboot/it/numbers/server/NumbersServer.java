package io.rpcboot.it.numbers.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The server application of the exact-value tests: exports {@link NumbersService}. */
@SpringBootApplication
public class NumbersServer {

}
