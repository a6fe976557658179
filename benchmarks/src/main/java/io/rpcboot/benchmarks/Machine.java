package io.rpcboot.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A line about the machine a run measured: cores, memory, OS, Java, and how busy it was. */
public final class Machine {

	private Machine() {
	}

	public static String describe() {
		return Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), load average "
				+ read("/proc/loadavg", 3) + " at the start";
	}

	private static String memory() {
		String total = read("/proc/meminfo", 2); // "MemTotal: 24634436 kB"
		try {
			return String.format("%.0f GiB", Long.parseLong(total.split("\\s+")[1]) / 1024.0 / 1024.0);
		}
		catch (RuntimeException ex) {
			return "memory unknown";
		}
	}

	/** The first {@code words} words of a file's first line. */
	private static String read(String file, int words) {
		try {
			String[] line = Files.readAllLines(Path.of(file)).get(0).trim().split("\\s+");
			return String.join(" ", java.util.Arrays.copyOf(line, Math.min(words, line.length)));
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
