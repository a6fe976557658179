package io.rpcboot.loadbalancer.server;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;

import io.rpcboot.RpcService;
import io.rpcboot.loadbalancer.api.Stock;

/** Counts the calls this instance ran, so a test knows where each call went and how often. */
@RpcService
public class StockService implements Stock {

	private final String instance;

	private final AtomicInteger counted = new AtomicInteger();

	private final AtomicInteger taken = new AtomicInteger();

	StockService(@Value("${stock.instance}") String instance) {
		this.instance = instance;
	}

	@Override
	public Count count(int n) {
		this.counted.incrementAndGet();
		return new Count(this.instance, n);
	}

	@Override
	public Count take(int n, long millis) {
		this.taken.incrementAndGet();
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new Count(this.instance, n);
	}

	/** How many {@code count} calls ran here. */
	public int counted() {
		return this.counted.get();
	}

	/** How many {@code take} calls started here. */
	public int taken() {
		return this.taken.get();
	}

}
