package io.rpcboot.it.hazard;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.rpcboot.RpcService;

@RpcService
public class HazardsService implements Hazards {

	public static final AtomicInteger calls = new AtomicInteger();

	public static final AtomicInteger running = new AtomicInteger();

	public static volatile CountDownLatch release = new CountDownLatch(1);

	public static final List<CompletableFuture<String>> futures = new CopyOnWriteArrayList<>();

	@Override
	public Node cyclic() {
		Node node = new Node();
		node.children = List.of(node);
		return node;
	}

	@Override
	public Broken broken() {
		return new Broken();
	}

	@Override
	public String sleep(long millis) {
		calls.incrementAndGet();
		try {
			Thread.sleep(millis);
			return "slept " + millis;
		}
		catch (InterruptedException ex) {
			return "interrupted";
		}
	}

	@Override
	public String hold() {
		calls.incrementAndGet();
		running.incrementAndGet();
		try {
			release.await();
			return "released";
		}
		catch (InterruptedException ex) {
			return "interrupted";
		}
		finally {
			running.decrementAndGet();
		}
	}

	@Override
	public CompletableFuture<String> pending() {
		calls.incrementAndGet();
		CompletableFuture<String> future = new CompletableFuture<>();
		futures.add(future);
		return future;
	}

	@Override
	public String cheer() {
		throw new Cheerful();
	}

	@Override
	public int calls() {
		return calls.get();
	}

	@Override
	public String toString() {
		return "HazardsService";
	}

	@ResponseStatus(HttpStatus.OK)
	static class Cheerful extends RuntimeException {

		Cheerful() {
			super("nothing to see");
		}

	}

}
