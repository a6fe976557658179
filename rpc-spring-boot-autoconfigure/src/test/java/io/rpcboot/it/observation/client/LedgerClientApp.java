package io.rpcboot.it.observation.client;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.rpcboot.it.observation.CustomConventions;
import io.rpcboot.it.observation.SpanCapture;

/** The client application of the observability tests: calls the {@code Ledger}. */
@SpringBootApplication
@Import({ SpanCapture.class, CustomConventions.class })
public class LedgerClientApp {

}
