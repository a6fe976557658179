package io.rpcboot.it.numbers.client;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The client application of the exact-value tests: its package holds {@link NumbersClient}. */
@SpringBootApplication
public class NumbersClientApp {

}
