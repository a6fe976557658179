package io.rpcboot.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.protocol.RpcOperation;
import tools.jackson.databind.ObjectReader;

/**
 * The client stub of one method, planned once when the proxy is created: the full URI, the
 * deadline after precedence, whether it may be retried and by whom, the reader of the answer,
 * its size limit, the exceptions it may rethrow, and the counts of its calls by outcome.
 */
record ClientMethod(RpcOperation operation, URI uri, Duration timeout, Duration connectTimeout, boolean idempotent,
		ObjectReader resultReader, List<Class<?>> declaredExceptions, Resender resender, int maxResponseBytes,
		RpcCallCounts counts) {

	String service() {
		return this.operation.service();
	}

	String name() {
		return this.operation.name();
	}

}
