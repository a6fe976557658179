package io.rpcboot.client;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.rpcboot.protocol.RpcOperation;

/** A plain URL: one server, the same for every attempt, at no cost per call. */
final class FixedTarget implements RpcTarget, RpcTarget.Server {

	static final FixedTarget INSTANCE = new FixedTarget();

	private FixedTarget() {
	}

	@Override
	public Server choose(RpcOperation operation, URI uri, @Nullable Server failed, Duration timeLeft) {
		return this;
	}

	@Override
	public URI uri(URI callUri) {
		return callUri;
	}

}
