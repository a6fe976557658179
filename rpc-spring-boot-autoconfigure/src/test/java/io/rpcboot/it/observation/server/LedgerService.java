package io.rpcboot.it.observation.server;

import java.util.concurrent.CompletableFuture;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import io.rpcboot.RpcService;
import io.rpcboot.it.observation.api.Ledger;
import io.rpcboot.it.observation.api.LimitExceededException;

@RpcService
class LedgerService implements Ledger {

	private final ObservationRegistry observations;

	LedgerService(ObservationRegistry observations) {
		this.observations = observations;
	}

	@Override
	public int add(int a, int b) {
		return a + b;
	}

	@Override
	public int reject(String reason) {
		throw new IllegalArgumentException("rejected: " + reason);
	}

	@Override
	public int reserve(int quantity) throws LimitExceededException {
		if (quantity > 10) {
			throw new LimitExceededException("at most 10, not " + quantity);
		}
		return quantity;
	}

	@Override
	public String work() {
		return Observation.createNotStarted("ledger.work", this.observations).observe(() -> "worked");
	}

	@Override
	public CompletableFuture<String> later(String value) {
		return CompletableFuture.supplyAsync(value::toUpperCase);
	}

	@Override
	public String slow(long millis) {
		try {
			Thread.sleep(millis);
			return "slept";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}
