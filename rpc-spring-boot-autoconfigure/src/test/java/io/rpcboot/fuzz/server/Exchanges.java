package io.rpcboot.fuzz.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcCode;

/**
 * Every exchange the server saw, by the caller's port: one connection of the fuzzer is one
 * port, its requests in the order they arrived. A service method finds its own exchange
 * through the request thread, where rpcboot invokes it.
 */
public final class Exchanges {

	private static final Map<Integer, List<Exchange>> byPort = new ConcurrentHashMap<>();

	private static final ThreadLocal<@Nullable Exchange> current = new ThreadLocal<>();

	/** Invocations that happened outside any recorded exchange: each is a finding. */
	private static final List<String> strays = new CopyOnWriteArrayList<>();

	private Exchanges() {
	}

	/** Forgets what was seen on a port: called before a new connection from it sends anything. */
	public static void clear(int port) {
		byPort.remove(port);
	}

	/** The exchanges seen on a connection from a port, in order. */
	public static List<Exchange> of(int port) {
		return List.copyOf(byPort.getOrDefault(port, List.of()));
	}

	/** Drains the invocations that ran outside any exchange. */
	public static List<String> drainStrays() {
		List<String> drained = List.copyOf(strays);
		strays.removeAll(drained);
		return drained;
	}

	static void add(int port, Exchange exchange) {
		byPort.computeIfAbsent(port, (key) -> new CopyOnWriteArrayList<>()).add(exchange);
	}

	static void enter(Exchange exchange) {
		current.set(exchange);
	}

	static void leave() {
		current.remove();
	}

	static void invoked(String method) {
		Exchange exchange = current.get();
		if (exchange == null) {
			strays.add(method + " ran on " + Thread.currentThread().getName() + ", outside the request thread");
			return;
		}
		exchange.invoked(method);
	}

	static void failedOwn(RpcCode code) {
		Exchange exchange = current.get();
		if (exchange != null) {
			exchange.failedOwn(code);
		}
	}

}
