package io.rpcboot.benchmarks.peers;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The table as Markdown: every cell, then the targets as ratios within this run. */
final class PeerReport {

	private final ZonedDateTime started;

	private final String machine;

	private final String args;

	private final Duration warmup;

	private final Duration maxWarmup;

	private final Duration window;

	private final List<Result> results;

	PeerReport(ZonedDateTime started, String machine, String args, Duration warmup, Duration maxWarmup,
			Duration window, List<Result> results) {
		this.started = started;
		this.machine = machine;
		this.args = args;
		this.warmup = warmup;
		this.maxWarmup = maxWarmup;
		this.window = window;
		this.results = results;
	}

	String render(String chart) {
		StringBuilder out = new StringBuilder();
		out.append("# Peer table, ").append(this.started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n\n");
		out.append("- machine: ").append(this.machine).append('\n');
		String options = this.args.replaceAll("--results=\\S*\\s*", "").trim();
		out.append("- rpcboot measured: `").append(io.rpcboot.RpcService.class.getProtectionDomain().getCodeSource().getLocation())
			.append("`\n");
		out.append("- command: `./mvnw -q -pl benchmarks -am package -DskipTests exec:exec@peers")
			.append(options.isEmpty() ? "" : options.equals("--quick") ? " -Dpeers.quick" : " -Dpeers.args=\"" + options + "\"")
			.append("`\n");
		out.append("- each operation first runs unmeasured at 16 callers until the JIT of both JVMs is idle (at least ")
			.append(this.warmup.toMillis()).append(" ms, at most ").append(this.maxWarmup.toMillis())
			.append(" ms: the JIT needs 10 to 30 s on two cores)\n");
		out.append("- each cell: ").append(this.warmup.toMillis()).append(" to ").append(2 * this.warmup.toMillis())
			.append(" ms warm-up (until the JIT is idle), then ")
			.append(this.window.toMillis()).append(" ms measured; server and client in JVMs of their own on 127.0.0.1; ")
			.append("CPU per call is user + system time of each JVM from `/proc/<pid>/stat` over the window, divided by the calls\n");
		out.append("- the machine is shared and noisy: compare rows within this run only\n\n");
		out.append("![calls per second, each group scaled to its best row](").append(chart).append(")\n\n");
		out.append("| operation | callers | row | calls/s | p50 ms | p99 ms | errors | client CPU µs/call | server CPU µs/call | total CPU µs/call |\n");
		out.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		List<Result> sorted = new ArrayList<>(this.results);
		sorted.sort(Comparator.comparing((Result r) -> opOrder(r.op()))
			.thenComparingInt(Result::callers)
			.thenComparingInt((r) -> PeerDriver.ROWS.indexOf(r.row())));
		for (Result r : sorted) {
			out.append(String.format("| %s | %d | %s | %.0f | %.3f | %.3f | %d | %.0f | %.0f | %.0f |%n", r.op(),
					r.callers(), r.row(), r.rate(), r.p50Ms(), r.p99Ms(), r.errors(), r.clientCpuUs(), r.serverCpuUs(),
					r.cpuUs()));
		}
		out.append("\n## The issue's targets, as ratios within this run\n\n");
		out.append("| target | measured | verdict |\n| --- | --- | --- |\n");
		target(out, "echo, 16 callers: rpcboot ≥ 1.5× grpc calls/s", ratio("echo", 16, "rpcboot", "grpc", Result::rate), 1.5, true);
		target(out, "echo, 16 callers: rpcboot ≥ 3× raw calls/s", ratio("echo", 16, "rpcboot", "raw", Result::rate), 3, true);
		target(out, "echo, 16 callers: rpcboot ≥ 0.85× floor calls/s", ratio("echo", 16, "rpcboot", "floor", Result::rate), 0.85, true);
		target(out, "echo, 1 caller: rpcboot p50 ≤ grpc p50", ratio("echo", 1, "rpcboot", "grpc", Result::p50Ms), 1, false);
		target(out, "echo, 1 caller: rpcboot p50 ≤ 1.5× floor p50", ratio("echo", 1, "rpcboot", "floor", Result::p50Ms), 1.5, false);
		target(out, "bulk n = 1,000, 16 callers: rpcboot JSON ≥ 1.5× raw calls/s", ratio("bulk1000", 16, "rpcboot", "raw", Result::rate), 1.5, true);
		target(out, "bulk n = 1,000, 16 callers: rpcboot binary ≥ 1.0× grpc calls/s (row rpcboot-smile)",
				ratio("bulk1000", 16, "rpcboot-smile", "grpc", Result::rate), 1, true);
		Optional<Result> at256 = find("echo", 256, "rpcboot");
		target(out, "echo, 256 callers: rpcboot no errors", at256.map((r) -> (double) r.errors()), 0, false);
		target(out, "echo, 256 callers: rpcboot ≥ 0.9× its 16-caller calls/s",
				at256.flatMap((r) -> find("echo", 16, "rpcboot").map((s) -> r.rate() / s.rate())), 0.9, true);
		target(out, "echo, 16 callers: rpcboot client + server CPU per call ≤ 1.3× floor's",
				ratio("echo", 16, "rpcboot", "floor", Result::cpuUs), 1.3, false);
		out.append("\nAllocation per call (rpcboot against raw) comes from JMH `-prof gc`: see the README.\n");
		out.append("\n## Bulk: CPU per record (client + server, 16 callers)\n\n| row | n = 1 | n = 100 | n = 1,000 | n = 10,000 |\n| --- | ---: | ---: | ---: | ---: |\n");
		for (String row : PeerDriver.ROWS) {
			StringBuilder line = new StringBuilder("| " + row);
			boolean any = false;
			for (int n : new int[] { 1, 100, 1000, 10000 }) {
				Optional<Result> cell = find("bulk" + n, 16, row);
				any |= cell.isPresent();
				line.append(cell.map((r) -> String.format(" | %.2f µs", r.cpuUs() / n)).orElse(" | "));
			}
			if (any) {
				out.append(line).append(" |\n");
			}
		}
		List<Result> failed = this.results.stream().filter((r) -> r.errors() > 0).toList();
		if (!failed.isEmpty()) {
			out.append("\n## Errors\n\n");
			failed.forEach((r) -> out.append("- ").append(r.row()).append(' ').append(r.op()).append(" x").append(r.callers())
				.append(": ").append(r.errors()).append(", first: ").append(r.firstError()).append('\n'));
		}
		return out.toString();
	}

	private static void target(StringBuilder out, String name, Optional<Double> measured, double bound,
			boolean atLeast) {
		String verdict = measured.map((m) -> (atLeast ? m >= bound : m <= bound) ? "met" : "missed").orElse("not measured");
		out.append("| ").append(name).append(" | ").append(measured.map((m) -> String.format("%.2f", m)).orElse("–"))
			.append(" | ").append(verdict).append(" |\n");
	}

	private Optional<Double> ratio(String op, int callers, String row, String other, ToDoubleFunction<Result> value) {
		return find(op, callers, row)
			.flatMap((a) -> find(op, callers, other).map((b) -> value.applyAsDouble(a) / value.applyAsDouble(b)));
	}

	private Optional<Result> find(String op, int callers, String row) {
		return this.results.stream()
			.filter((r) -> r.op().equals(op) && r.callers() == callers && r.row().equals(row))
			.findFirst();
	}

	static int opOrder(String op) {
		return op.equals("echo") ? -1 : Integer.parseInt(op.substring("bulk".length()));
	}

}
