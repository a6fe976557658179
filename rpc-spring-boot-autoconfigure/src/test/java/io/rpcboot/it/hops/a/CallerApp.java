package io.rpcboot.it.hops.a;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A, the first app of the chain: a client only, calling {@code Front} through {@link FrontClient}. */
@SpringBootApplication
public class CallerApp {

}
