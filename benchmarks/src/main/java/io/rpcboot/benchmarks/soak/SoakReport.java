package io.rpcboot.benchmarks.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.rpcboot.benchmarks.soak.JvmProbe.Snapshot;

/**
 * Renders a soak run as Markdown: machine and settings, the kills, calls by operation, failures
 * by kind with their times relative to the nearest kill, and the resources of both JVMs.
 */
final class SoakReport {

	/** Growth over the first measurement that is flagged. */
	private static final double FLAGGED_GROWTH = 0.10;

	private final SoakSettings settings;

	private final ZonedDateTime started;

	private final String machine;

	private final long loadMillis;

	private final CallLog log;

	private final List<Kill> kills;

	private final List<Snapshot> snapshots;

	SoakReport(SoakSettings settings, ZonedDateTime started, String machine, long loadMillis, CallLog log,
			List<Kill> kills, List<Snapshot> snapshots) {
		this.settings = settings;
		this.started = started;
		this.machine = machine;
		this.loadMillis = loadMillis;
		this.log = log;
		this.kills = kills;
		this.snapshots = snapshots;
	}

	Path write() throws IOException {
		Files.createDirectories(this.settings.results());
		Path file = this.settings.results()
			.resolve("soak-" + this.started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
		Files.writeString(file, render());
		return file;
	}

	String render() {
		StringBuilder md = new StringBuilder();
		md.append("# Soak and chaos run, ").append(this.started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
			.append("\n\n");
		md.append("- Machine: ").append(this.machine).append('\n');
		md.append("- Load: ").append(this.settings.callers()).append(" callers in closed loop for ")
			.append(seconds(this.loadMillis)).append(" (asked: ").append(this.settings.duration())
			.append("), alternating `balance` (idempotent) and `deposit` (not); a caller pauses 50 ms after a failure\n");
		md.append("- Server: a separate JVM, `server.tomcat.max-keep-alive-requests=100`, SIGKILLed and restarted on ")
			.append("the same port ").append(this.kills.size()).append(" times\n\n");
		renderKills(md);
		renderCalls(md);
		renderFailures(md);
		renderResources(md);
		return md.toString();
	}

	private void renderKills(StringBuilder md) {
		md.append("## Kills\n\n| kill | at | pid killed | new pid | port open again after |\n");
		md.append("| --- | --- | --- | --- | --- |\n");
		for (Kill kill : this.kills) {
			md.append("| ").append(kill.number()).append(" | ").append(seconds(kill.killedMillis())).append(" | ")
				.append(kill.killedPid()).append(" | ").append(kill.newPid()).append(" | ")
				.append(seconds(kill.readyMillis() - kill.killedMillis())).append(" |\n");
		}
		md.append('\n');
	}

	private void renderCalls(StringBuilder md) {
		md.append("## Calls\n\n| operation | calls | succeeded | failed | calls/s |\n| --- | --- | --- | --- | --- |\n");
		for (String operation : List.of("balance", "deposit")) {
			long calls = this.log.calls(operation);
			long ok = this.log.successes(operation);
			md.append("| ").append(operation).append(" | ").append(calls).append(" | ").append(ok).append(" | ")
				.append(calls - ok).append(" | ").append(String.format("%.0f", calls * 1000.0 / this.loadMillis))
				.append(" |\n");
		}
		md.append('\n');
	}

	private void renderFailures(StringBuilder md) {
		List<CallLog.Kind> kinds = this.log.failureKinds();
		md.append("## Failures\n\n");
		if (kinds.isEmpty()) {
			md.append("None.\n\n");
			return;
		}
		md.append("Times are seconds from the nearest kill (negative: before it). \"While down\": the call overlapped ")
			.append("the kill and the restart; \"just after\": it overlapped the ").append(Kill.GRACE_MILLIS / 1000)
			.append(" s after the port opened again; \"elsewhere\": neither, a failure the kills do not explain.\n\n");
		md.append("| operation | exception | code | cause | count | while down | just after | elsewhere ")
			.append("| from the nearest kill |\n");
		md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		List<String> unexplained = new ArrayList<>();
		long unexplainedDeposits = 0;
		for (CallLog.Kind kind : kinds) {
			List<long[]> failures = kind.failures();
			long down = failures.stream().filter((failure) -> anyKill(failure, true)).count();
			long after = failures.stream().filter((failure) -> !anyKill(failure, true) && anyKill(failure, false)).count();
			List<long[]> elsewhere = failures.stream()
				.filter((failure) -> !anyKill(failure, true) && !anyKill(failure, false))
				.toList();
			elsewhere.forEach((failure) -> unexplained.add("at " + seconds(failure[1]) + ": " + kind.describe()));
			if (kind.operation().equals("deposit")) {
				unexplainedDeposits += elsewhere.size();
			}
			double min = failures.stream().mapToDouble(this::fromNearestKill).min().orElse(0);
			double max = failures.stream().mapToDouble(this::fromNearestKill).max().orElse(0);
			md.append("| ").append(kind.operation()).append(" | ").append(kind.type()).append(" | ")
				.append(kind.code()).append(" | ").append(kind.cause()).append(" | ").append(failures.size())
				.append(" | ").append(down).append(" | ").append(after).append(" | ").append(elsewhere.size())
				.append(" | ").append(String.format("%+.1f … %+.1f", min, max)).append(" |\n");
		}
		md.append("\nOne message of each kind:\n\n");
		kinds.forEach((kind) -> md.append("- ").append(kind.describe()).append(": ").append(kind.firstMessage())
			.append('\n'));
		md.append("\n**Failures the kills do not explain: ").append(unexplained.size())
			.append(" (deposit, not idempotent: ").append(unexplainedDeposits).append(").**\n");
		unexplained.stream().limit(20).forEach((line) -> md.append("- ").append(line).append('\n'));
		md.append('\n');
	}


	private void renderResources(StringBuilder md) {
		md.append("## Resources\n\nHeap in use after a forced full GC (the live objects that ")
			.append("`jcmd GC.class_histogram` counts ")
			.append("right after the GC it forces), live threads ")
			.append("(`/proc/<pid>/status`), open file descriptors (`/proc/<pid>/fd`). Growth over the first ")
			.append("measurement of the same JVM role above ").append((int) (FLAGGED_GROWTH * 100))
			.append(" % is flagged; the server's measurements after a kill are of a new process.\n\n");
		md.append("| JVM | moment | at | pid | heap after GC (MB) | threads | file descriptors |\n");
		md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		for (String jvm : List.of("client", "server")) {
			List<Snapshot> ofJvm = this.snapshots.stream().filter((snapshot) -> snapshot.jvm().equals(jvm))
				.sorted(Comparator.comparingLong(Snapshot::atMillis)).toList();
			if (ofJvm.isEmpty()) {
				continue;
			}
			Snapshot first = ofJvm.get(0);
			for (Snapshot snapshot : ofJvm) {
				md.append("| ").append(jvm).append(" | ").append(snapshot.label()).append(" | ")
					.append(seconds(snapshot.atMillis())).append(" | ").append(snapshot.pid()).append(" | ")
					.append(String.format("%.1f", snapshot.heapKb() / 1024.0))
					.append(growth(first.heapKb(), snapshot.heapKb())).append(" | ").append(snapshot.threads())
					.append(growth(first.threads(), snapshot.threads())).append(" | ").append(snapshot.fds())
					.append(growth(first.fds(), snapshot.fds())).append(" |\n");
			}
		}
		long flagged = this.snapshots.stream().filter((snapshot) -> flagged(snapshot)).count();
		md.append("\n**Measurements more than ").append((int) (FLAGGED_GROWTH * 100)).append(" % over the first: ")
			.append(flagged).append(".**\n");
	}

	private boolean flagged(Snapshot snapshot) {
		Snapshot first = this.snapshots.stream().filter((other) -> other.jvm().equals(snapshot.jvm()))
			.min(Comparator.comparingLong(Snapshot::atMillis)).orElse(snapshot);
		return over(first.heapKb(), snapshot.heapKb()) || over(first.threads(), snapshot.threads())
				|| over(first.fds(), snapshot.fds());
	}

	private static boolean over(long first, long value) {
		return first > 0 && value > first * (1 + FLAGGED_GROWTH);
	}

	private static String growth(long first, long value) {
		return over(first, value) ? String.format(" ⚠ %+.0f %%", (value - first) * 100.0 / first) : "";
	}

	/** Whether a failure ({start, end}) overlapped a kill's downtime, or the grace period after it. */
	private boolean anyKill(long[] failure, boolean down) {
		return this.kills.stream()
			.anyMatch((kill) -> down ? kill.downDuring(failure[0], failure[1]) : kill.justAfter(failure[0], failure[1]));
	}

	private double fromNearestKill(long[] failure) {
		return this.kills.stream()
			.map((kill) -> (failure[1] - kill.killedMillis()) / 1000.0)
			.min(Comparator.comparingDouble(Math::abs))
			.orElse(Double.NaN);
	}

	private static String seconds(long millis) {
		return String.format("%.1f s", millis / 1000.0);
	}

}
