package io.rpcboot.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.rpcboot.protocol.RpcOperation;
import tools.jackson.databind.ObjectReader;

/**
 * The client stub of one method, planned once when the proxy is created: the full URI, the
 * deadline after precedence, whether it may be retried and by whom, the reader of the answer,
 * its size limit and the exceptions it may rethrow.
 */
record ClientMethod(RpcOperation operation, URI uri, Duration timeout, Duration connectTimeout, boolean idempotent,
		ObjectReader resultReader, List<Class<?>> declaredExceptions, Resender resender, int maxResponseBytes) {

	String service() {
		return this.operation.service();
	}

	String name() {
		return this.operation.name();
	}

}
