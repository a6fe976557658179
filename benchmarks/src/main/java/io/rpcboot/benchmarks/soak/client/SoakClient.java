package io.rpcboot.benchmarks.soak.client;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The client application of the soak run, inside the driver's JVM: its package holds {@link LedgerClient}. */
@SpringBootApplication
public class SoakClient {

}
