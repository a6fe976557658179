package io.rpcboot.benchmarks.peers.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** User plus system CPU of a process, in clock ticks, from {@code /proc/<pid>/stat}. */
final class CpuTicks {

	private CpuTicks() {
	}

	static long of(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// after "pid (comm) ": state is field 3, utime field 14, stime field 15
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
