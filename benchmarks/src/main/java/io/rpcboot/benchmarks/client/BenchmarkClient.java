package io.rpcboot.benchmarks.client;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The client app of the benchmark: its package holds {@link EchoClient}. */
@SpringBootApplication
public class BenchmarkClient {

}
