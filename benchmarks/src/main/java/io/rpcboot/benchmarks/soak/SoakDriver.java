package io.rpcboot.benchmarks.soak;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.rpcboot.benchmarks.Machine;
import io.rpcboot.benchmarks.soak.JvmProbe.Snapshot;
import io.rpcboot.benchmarks.soak.client.LedgerClient;
import io.rpcboot.benchmarks.soak.client.SoakClient;

/**
 * Soak and chaos: callers in closed loop through the rpcboot client proxy (this JVM is the
 * client) against {@link io.rpcboot.benchmarks.soak.server.SoakServer} in a JVM of its own,
 * SIGKILLed and restarted on the same port during the run; then a report of calls, failures
 * and the resources of both JVMs, written to {@code results/soak-<date>.md} and printed.
 * <pre>
 * ./mvnw -q -pl benchmarks -am install -DskipTests
 * nice -n 10 ./mvnw -q -pl benchmarks exec:exec -Psoak -Dsoak.args="--duration=30m --callers=64"
 * nice -n 10 ./mvnw -q -pl benchmarks exec:exec -Psoak -Dsoak.args=--quick
 * </pre>
 */
public final class SoakDriver {

	private final SoakSettings settings;

	private final List<Kill> kills = new ArrayList<>();

	private final List<Snapshot> snapshots = new CopyOnWriteArrayList<>();

	private SoakDriver(SoakSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) {
		try {
			new SoakDriver(SoakSettings.parse(args)).run();
			System.exit(0);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1); // the callers' threads must not keep a failed run alive
		}
	}

	private void run() throws Exception {
		ZonedDateTime started = ZonedDateTime.now();
		String machine = Machine.describe();
		Files.createDirectories(this.settings.results());
		Path serverLog = this.settings.results()
			.resolve("soak-" + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + "-server.log");
		ServerProcess server = new ServerProcess(freePort(), serverLog);
		server.start();
		ConfigurableApplicationContext client = new SpringApplicationBuilder(SoakClient.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn", "rpc.client.timeout=5s",
					"rpc.client.services.Ledger.url=http://127.0.0.1:" + server.port())
			.run();
		LedgerClient ledger = client.getBean(LedgerClient.class);
		long loadStart = System.nanoTime();
		CallLog log = new CallLog(loadStart);
		Callers callers = new Callers(ledger, log, this.settings.callers());
		callers.start();
		log("load started: " + this.settings.callers() + " callers for " + this.settings.duration() + " against port "
				+ server.port() + "; server log " + serverLog);
		for (Event event : schedule()) {
			sleepUntil(loadStart, event.at());
			if (event.kill() > 0) {
				long pid = server.pid();
				long killed = log.now();
				server.kill();
				server.start();
				this.kills.add(new Kill(event.kill(), killed, log.now(), pid, server.pid()));
				log("kill " + event.kill() + ": SIGKILL to " + pid + "; new server " + server.pid() + " accepts after "
						+ (log.now() - killed) + " ms");
			}
			else {
				measure(event.label(), log.now(), server.pid());
			}
		}
		sleepUntil(loadStart, this.settings.duration());
		long loadMillis = log.now();
		callers.stop();
		SoakReport report = new SoakReport(this.settings, started, machine, loadMillis, log, this.kills,
				this.snapshots);
		Path file = report.write();
		System.out.println(report.render());
		System.out.println("Written to " + file.toAbsolutePath());
		SpringApplication.exit(client);
		server.kill();
	}

	/** Measurements at 10 %, 50 % and 96 % of the run, one 4 % before each kill, and the kills. */
	private List<Event> schedule() {
		Duration total = this.settings.duration();
		List<Event> events = new ArrayList<>();
		events.add(new Event(total.dividedBy(10), "start", 0));
		events.add(new Event(total.dividedBy(2), "middle", 0));
		events.add(new Event(total.multipliedBy(96).dividedBy(100), "end", 0));
		for (int n = 1; n <= this.settings.kills(); n++) {
			Duration at = this.settings.killAt(n);
			events.add(new Event(at.minus(total.dividedBy(25)), "before kill " + n, 0));
			events.add(new Event(at, "kill " + n, n));
		}
		events.sort((a, b) -> a.at().compareTo(b.at()));
		return events;
	}

	private void measure(String label, long atMillis, long serverPid) {
		this.snapshots.add(JvmProbe.measure("client", ProcessHandle.current().pid(), label, atMillis));
		this.snapshots.add(JvmProbe.measure("server", serverPid, label, atMillis));
		log("measured both JVMs (" + label + ")");
	}

	private static void sleepUntil(long startNanos, Duration at) throws InterruptedException {
		long left = startNanos + at.toNanos() - System.nanoTime();
		if (left > 0) {
			TimeUnit.NANOSECONDS.sleep(left);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void log(String message) {
		System.out.println("[soak " + java.time.LocalTime.now().withNano(0) + "] " + message);
	}

	private record Event(Duration at, String label, int kill) {
	}

	/** The callers: each in closed loop, alternating the idempotent and the non-idempotent operation. */
	private static final class Callers {

		private final LedgerClient ledger;

		private final CallLog log;

		private final int count;

		private final ExecutorService threads;

		private volatile boolean running = true;

		Callers(LedgerClient ledger, CallLog log, int count) {
			this.ledger = ledger;
			this.log = log;
			this.count = count;
			this.threads = Executors.newFixedThreadPool(count, (task) -> new Thread(task, "soak-caller"));
		}

		void start() {
			for (int caller = 0; caller < this.count; caller++) {
				int id = caller;
				this.threads.execute(() -> loop(id));
			}
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.threads.shutdown();
			this.threads.awaitTermination(30, TimeUnit.SECONDS);
		}

		private void loop(int caller) {
			for (long i = 0; this.running; i++) {
				boolean idempotent = (i & 1) == 0;
				String operation = idempotent ? "balance" : "deposit";
				String account = "account-" + ((caller * 7919L + i) % 512);
				long start = this.log.now();
				try {
					if (idempotent) {
						this.ledger.balance(account);
					}
					else {
						this.ledger.deposit(account, 1);
					}
					this.log.succeeded(operation);
				}
				catch (RuntimeException ex) {
					this.log.failed(operation, start, ex);
					pause();
				}
			}
		}

		private static void pause() {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
