package io.rpcboot.benchmarks.peers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.rpcboot.benchmarks.Machine;
import io.rpcboot.benchmarks.peers.client.PeerClient;
import io.rpcboot.benchmarks.peers.floor.FloorServer;
import io.rpcboot.benchmarks.peers.grpc.GrpcPeerServer;
import io.rpcboot.benchmarks.peers.server.PeerServer;

/**
 * The peer table in one run: for each row, its server in a JVM of its own on a free port of
 * 127.0.0.1, then its client in another ({@link PeerClient}), which runs every cell and prints
 * the results; then the table is printed, written to {@code results/peers-<date>.md} with the
 * chart {@code results/peers-<date>.svg}. See {@code benchmarks/README.md}.
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests exec:exec@peers                 # the whole table
 * ./mvnw -q -pl benchmarks -am package -DskipTests exec:exec@peers -Dpeers.quick   # about two minutes
 * </pre>
 * Options: {@code --quick}, {@code --rounds=3} (the rows in turn, that many times; each cell the
 * round with the median calls/s), {@code --rows=rpcboot,grpc}, {@code --cells=echo:1,echo:16},
 * {@code --warmup=3s} (at least; until the JIT of both JVMs is idle), {@code --max-warmup=40s} (an
 * operation's first warm-up at most; a cell's is twice {@code --warmup}), {@code --window=5s}, {@code --jfr} (a flight recording of every JVM, in
 * {@code results/jfr/}), {@code --async-profiler=/path/to/libasyncProfiler.so} (CPU samples of
 * both JVMs over each cell's window as collapsed stacks, in {@code results/profile/}), {@code --profile-event=alloc} (bytes
 * allocated instead of CPU), {@code --results=DIR}.
 */
public final class PeerDriver {

	static final List<String> ROWS = List.of("rpcboot", "rpcboot-smile", "raw", "openfeign", "http-interface", "grpc",
			"floor");

	private static final List<String> QUICK_CELLS = List.of("echo:1", "echo:16", "bulk1000:16");

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private PeerDriver() {
	}

	public static void main(String[] args) throws Exception {
		boolean quick = has(args, "--quick");
		List<String> rows = Arrays.asList(option(args, "--rows", String.join(",", ROWS)).split(","));
		List<String> cells = Arrays
			.asList(option(args, "--cells", String.join(",", quick ? QUICK_CELLS : allCells())).split(","));
		Duration warmup = Duration.parse("PT" + option(args, "--warmup", quick ? "1.5s" : "3s"));
		Duration window = Duration.parse("PT" + option(args, "--window", quick ? "1.5s" : "5s"));
		Duration maxWarmup = Duration.parse("PT" + option(args, "--max-warmup", quick ? "6s" : "40s"));
		int rounds = Integer.parseInt(option(args, "--rounds", "1"));
		boolean jfr = has(args, "--jfr");
		Path results = Path.of(option(args, "--results", "results"));
		String profiler = option(args, "--async-profiler", "");
		// the client attaches async-profiler to both JVMs for each cell's window (WindowProfiler)
		List<String> profiling = profiler.isEmpty() ? List.of()
				: List.of("-Dpeers.profiler=" + profiler, "-Dpeers.profiler.event=" + option(args, "--profile-event", "cpu"),
						"-Dpeers.profile.dir=" + Files.createDirectories(results.resolve("profile")).toAbsolutePath());
		ZonedDateTime started = ZonedDateTime.now();
		String machine = Machine.describe();
		Files.createDirectories(results);
		String stamp = started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
		Path logs = Files.createDirectories(results.resolve("logs"));
		List<Result> measured = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			for (String row : rows) {
				log(row + ": " + cells.size() + " cells" + (rounds > 1 ? ", round " + round + " of " + rounds : ""));
				measured.addAll(runRow(row, cells, warmup, maxWarmup, window, jfr, profiling, results,
						logs.resolve("peers-" + stamp + "-" + row + "-" + round)));
			}
		}
		List<Result> table = Result.medians(measured);
		PeerReport report = new PeerReport(started, machine, String.join(" ", args), warmup, maxWarmup, window,
				table);
		Path markdown = results.resolve("peers-" + stamp + ".md");
		Path svg = results.resolve("peers-" + stamp + ".svg");
		Files.writeString(svg, PeerChart.render(table, started));
		Files.writeString(markdown, report.render(svg.getFileName().toString()));
		System.out.println(report.render(svg.getFileName().toString()));
		System.out.println("Written to " + markdown.toAbsolutePath() + " and " + svg.toAbsolutePath());
		System.exit(0);
	}

	static List<String> allCells() {
		List<String> cells = new ArrayList<>();
		for (String op : List.of("echo", "bulk1", "bulk100", "bulk1000", "bulk10000")) {
			for (int callers : List.of(1, 16, 64, 256)) {
				cells.add(op + ":" + callers);
			}
		}
		return cells;
	}

	private static List<Result> runRow(String row, List<String> cells, Duration warmup, Duration maxWarmup,
			Duration window,
			boolean jfr, List<String> profiling, Path results, Path log) throws Exception {
		int port = freePort();
		List<String> server = new ArrayList<>(jvm(row, "server", jfr, profiling, results));
		switch (row) {
			case "grpc" -> server.addAll(List.of(GrpcPeerServer.class.getName(), Integer.toString(port)));
			case "floor" -> server.addAll(List.of(FloorServer.class.getName(), Integer.toString(port)));
			default -> server.addAll(List.of(PeerServer.class.getName(), "--server.port=" + port,
					"--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--logging.level.root=warn"));
		}
		Process serverProcess = new ProcessBuilder(server).redirectErrorStream(true)
			.redirectOutput(log.resolveSibling(log.getFileName() + "-server.log").toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(serverProcess::destroyForcibly));
		try {
			awaitPort(port, serverProcess);
			List<String> client = new ArrayList<>(jvm(row, "client", jfr, profiling, results));
			client.addAll(List.of(PeerClient.class.getName(), row, Integer.toString(port),
					Long.toString(serverProcess.pid()), String.join(",", cells),
					Long.toString(warmup.toMillis()), Long.toString(maxWarmup.toMillis()),
					Long.toString(window.toMillis())));
			Process clientProcess = new ProcessBuilder(client)
				.redirectError(log.resolveSibling(log.getFileName() + "-client.log").toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(clientProcess::destroyForcibly));
			List<Result> measured = new ArrayList<>();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(clientProcess.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					if (line.startsWith("WARM\t")) {
						log(line.substring("WARM\t".length()));
					}
					if (line.startsWith("CELL\t")) {
						Result result = Result.parse(line);
						log(String.format("%s %s x%d: %.0f calls/s, p50 %.2f ms, p99 %.2f ms, %d errors, CPU %.0f + %.0f us/call",
								row, result.op(), result.callers(), result.rate(), result.p50Ms(), result.p99Ms(),
								result.errors(), result.clientCpuUs(), result.serverCpuUs()));
						measured.add(result);
					}
				}
			}
			if (clientProcess.waitFor() != 0) {
				log(row + ": the client exited with " + clientProcess.exitValue() + "; see " + log + "-client.log");
			}
			return measured;
		}
		finally {
			serverProcess.destroy(); // SIGTERM: lets a flight recording be written
			serverProcess.waitFor();
		}
	}

	private static List<String> jvm(String row, String side, boolean jfr, List<String> profiling, Path results)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx1g", "-cp", System.getProperty("java.class.path")));
		command.addAll(1, profiling);
		if (jfr) {
			Path file = Files.createDirectories(results.resolve("jfr")).resolve(row + "-" + side + ".jfr");
			command.add(1, "-XX:StartFlightRecording=settings=profile,filename=" + file.toAbsolutePath());
		}
		return command;
	}

	private static void awaitPort(int port, Process server) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!accepts(port)) {
			if (!server.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("The server did not open port " + port + " (exit "
						+ (server.isAlive() ? "none" : server.exitValue()) + ")");
			}
			Thread.sleep(50);
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean has(String[] args, String flag) {
		return Arrays.asList(args).contains(flag);
	}

	private static String option(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith(name + "=")) {
				return arg.substring(name.length() + 1);
			}
		}
		return fallback;
	}

	static void log(String message) {
		System.out.println("[peers " + java.time.LocalTime.now().withNano(0) + "] " + message);
	}

}
