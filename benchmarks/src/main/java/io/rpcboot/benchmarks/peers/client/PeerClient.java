package io.rpcboot.benchmarks.peers.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * The client JVM of one row: a warm-up of each operation at 16 callers until the JIT is idle,
 * then for each cell ({@code op:callers}) that many callers in closed loop, a warm-up, then a
 * window in which every call's latency goes to an HdrHistogram and the CPU of this JVM and the
 * server's is read from {@code /proc} at both ends. Prints one {@code CELL} line per cell for
 * {@link io.rpcboot.benchmarks.peers.PeerDriver}.
 * <p>
 * Arguments: {@code row port serverPid cells warmupMs maxWarmupMs windowMs}, cells such as
 * {@code echo:1,echo:16,bulk1000:16}.
 */
public final class PeerClient {

	private PeerClient() {
	}

	public static void main(String[] args) throws Exception {
		String row = args[0];
		int port = Integer.parseInt(args[1]);
		long serverPid = Long.parseLong(args[2]);
		String[] cells = args[3].split(",");
		long warmup = Long.parseLong(args[4]);
		long maxWarmup = Long.parseLong(args[5]);
		long window = Long.parseLong(args[6]);
		try (Caller caller = Rows.caller(row, port)) {
			// every operation runs unmeasured until the JIT is idle before the first cell: two
			// JVMs of a Spring app on two cores need 10 to 30 s of JIT compiling, and a fixed
			// few seconds measured the compiler as much as the row
			for (String op : Arrays.stream(cells).map((cell) -> cell.substring(0, cell.indexOf(':'))).distinct().toList()) {
				Cell warm = new Cell(row + "-" + op + "-warmup", caller, 16, size(op)).run(warmup, maxWarmup, 0, serverPid);
				System.out.printf("WARM\t%s %s x16: %.1f s of warm-up%s%n", row, op, warm.warmupNanos / 1e9,
						warm.steady ? ", then the JIT was idle" : ", the limit, the JIT still busy");
				System.out.flush();
			}
			for (String cell : cells) {
				String op = cell.substring(0, cell.indexOf(':'));
				int callers = Integer.parseInt(cell.substring(cell.indexOf(':') + 1));
				int n = size(op);
				Cell result = new Cell(row + "-" + op + "-" + callers, caller, callers, n).run(warmup, 2 * warmup, window, serverPid);
				System.out.println(String.join("\t", "CELL", row, op, Integer.toString(callers),
						Long.toString(result.calls), Long.toString(result.windowNanos),
						Long.toString(result.latency.getValueAtPercentile(50)),
						Long.toString(result.latency.getValueAtPercentile(99)), Long.toString(result.errors),
						Long.toString(result.clientTicks), Long.toString(result.serverTicks),
						result.firstError.get() == null ? "-" : result.firstError.get().replace('\t', ' ')));
				System.out.flush();
			}
		}
		System.exit(0);
	}

	private static int size(String op) {
		return op.equals("echo") ? 0 : Integer.parseInt(op.substring("bulk".length()));
	}

	/** One cell: callers, each a thread in closed loop with its own histogram. */
	private static final class Cell {

		private final String name;

		private final Caller caller;

		private final int callers;

		private final int n;

		private volatile boolean running = true;

		private volatile boolean measuring;

		private final AtomicReference<@Nullable String> firstError = new AtomicReference<>();

		private final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);

		private long calls;

		private long errors;

		private long warmupNanos;

		private boolean steady;

		private long windowNanos;

		private long clientTicks;

		private long serverTicks;

		Cell(String name, Caller caller, int callers, int n) {
			this.name = name;
			this.caller = caller;
			this.callers = callers;
			this.n = n;
		}

		Cell run(long warmupMillis, long maxWarmupMillis, long windowMillis, long serverPid)
				throws InterruptedException {
			List<Loop> loops = new ArrayList<>();
			long warming = System.nanoTime();
			for (int i = 0; i < this.callers; i++) {
				Loop loop = new Loop(i);
				loops.add(loop);
				loop.thread.start();
			}
			warmUp(warmupMillis, maxWarmupMillis, serverPid);
			this.warmupNanos = System.nanoTime() - warming;
			if (windowMillis > 0) {
				WindowProfiler.start(serverPid);
			}
			long client = CpuTicks.of(ProcessHandle.current().pid());
			long server = CpuTicks.of(serverPid);
			long start = System.nanoTime();
			this.measuring = true;
			Thread.sleep(windowMillis);
			this.measuring = false;
			this.windowNanos = System.nanoTime() - start;
			this.clientTicks = CpuTicks.of(ProcessHandle.current().pid()) - client;
			this.serverTicks = CpuTicks.of(serverPid) - server;
			if (windowMillis > 0) {
				WindowProfiler.stop(serverPid, this.name);
			}
			this.running = false;
			for (Loop loop : loops) {
				loop.thread.join(TimeUnit.SECONDS.toMillis(60));
				this.latency.add(loop.histogram);
				this.calls += loop.calls;
				this.errors += loop.errors;
			}
			return this;
		}

		/**
		 * At least {@code minMillis}, then until the JIT compiler threads of both JVMs have been
		 * nearly idle (under 3 % of a core) for two seconds in a row, or {@code maxMillis} in
		 * all: a steady rate alone is not enough, it climbs slowly while C2 still compiles.
		 */
		private void warmUp(long minMillis, long maxMillis, long serverPid) throws InterruptedException {
			long slice = 1000;
			long client = ProcessHandle.current().pid();
			long before = CpuTicks.compilers(client) + CpuTicks.compilers(serverPid);
			int quiet = 0;
			for (long elapsed = slice; ; elapsed += slice) {
				Thread.sleep(slice);
				long now = CpuTicks.compilers(client) + CpuTicks.compilers(serverPid);
				quiet = (now - before <= 3) ? quiet + 1 : 0; // ticks of 10 ms in one second
				before = now;
				if (elapsed >= minMillis && quiet >= 2) {
					this.steady = true;
					return;
				}
				if (elapsed >= maxMillis) {
					return;
				}
			}
		}

		private final class Loop implements Runnable {

			private final int number;

			private final Thread thread;

			private final Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);

			private long calls;

			private long errors;

			Loop(int number) {
				this.number = number;
				this.thread = new Thread(this, "caller-" + number);
				this.thread.setDaemon(true);
			}

			@Override
			public void run() {
				int seq = 0;
				while (Cell.this.running) {
					long start = System.nanoTime();
					boolean ok;
					String error = null;
					try {
						ok = Cell.this.caller.call(this.number, seq++, Cell.this.n);
						if (!ok) {
							error = "wrong answer";
						}
					}
					catch (Exception ex) {
						ok = false;
						error = ex.toString();
					}
					long took = System.nanoTime() - start;
					if (Cell.this.measuring) {
						this.calls++;
						this.histogram.recordValue(Math.min(took, TimeUnit.SECONDS.toNanos(60)));
						if (!ok) {
							this.errors++;
							Cell.this.firstError.compareAndSet(null, error);
						}
					}
				}
			}

		}

	}

}
