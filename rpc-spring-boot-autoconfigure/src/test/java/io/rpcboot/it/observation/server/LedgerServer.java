package io.rpcboot.it.observation.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.rpcboot.it.observation.CustomConventions;
import io.rpcboot.it.observation.SpanCapture;

/** The server application of the observability tests: exports {@link LedgerService}. */
@SpringBootApplication
@Import({ SpanCapture.class, CustomConventions.class })
public class LedgerServer {

}
