package io.rpcboot.benchmarks.soak.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.rpcboot.RpcService;
import io.rpcboot.benchmarks.soak.Ledger;

/** The server of the soak run, started in a JVM of its own so that the driver can SIGKILL it. */
@SpringBootApplication
public class SoakServer {

	public static void main(String[] args) {
		SpringApplication.run(SoakServer.class, args);
	}

	@RpcService
	static class LedgerService implements Ledger {

		private final Map<String, AtomicLong> accounts = new ConcurrentHashMap<>();

		@Override
		public long balance(String account) {
			AtomicLong balance = this.accounts.get(account);
			return (balance != null) ? balance.get() : 0;
		}

		@Override
		public long deposit(String account, long cents) {
			return this.accounts.computeIfAbsent(account, (key) -> new AtomicLong()).addAndGet(cents);
		}

	}

}
