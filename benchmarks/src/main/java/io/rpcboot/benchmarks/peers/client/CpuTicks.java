package io.rpcboot.benchmarks.peers.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * User plus system CPU of a process, or of its JIT compiler threads, in clock ticks, from
 * {@code /proc/<pid>/stat} and {@code /proc/<pid>/task/<tid>/stat}.
 */
final class CpuTicks {

	private CpuTicks() {
	}

	static long of(long pid) {
		return ticks(Path.of("/proc", Long.toString(pid), "stat"));
	}

	/** The HotSpot compiler threads' CPU ("C1 CompilerThre", "C2 CompilerThre"): the JIT at work. */
	static long compilers(long pid) {
		try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			return tasks.map((task) -> task.resolve("stat"))
				.filter((stat) -> read(stat).contains("CompilerThre"))
				.mapToLong(CpuTicks::ticks)
				.filter((ticks) -> ticks > 0)
				.sum();
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static long ticks(Path statFile) {
		try {
			String stat = read(statFile);
			// after "pid (comm) ": state is field 3, utime field 14, stime field 15
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return ""; // a thread that ended meanwhile
		}
	}

}
