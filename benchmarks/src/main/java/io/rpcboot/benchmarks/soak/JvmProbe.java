package io.rpcboot.benchmarks.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures a JVM from outside, the same way for the driver's own JVM and the server's: the
 * heap that a forced full GC leaves ({@code jcmd GC.class_histogram} collects before it counts,
 * so its total is the live objects only, whatever the callers allocate meanwhile), the live
 * threads ({@code /proc/<pid>/status}) and the open file descriptors ({@code /proc/<pid>/fd}).
 */
final class JvmProbe {

	/** One measurement of one JVM. */
	record Snapshot(String jvm, long pid, String label, long atMillis, long heapKb, int threads, int fds) {
	}

	private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

	private JvmProbe() {
	}

	static Snapshot measure(String jvm, long pid, String label, long atMillis) {
		return new Snapshot(jvm, pid, label, atMillis, liveKb(jcmd(pid, "GC.class_histogram")), threads(pid),
				fds(pid));
	}

	/** The last line of the histogram: {@code Total <instances> <bytes>}. */
	private static long liveKb(String histogram) {
		Matcher total = TOTAL.matcher(histogram);
		return total.find() ? Long.parseLong(total.group(1)) / 1024 : -1;
	}

	private static int threads(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("Threads:")) {
					return Integer.parseInt(line.substring("Threads:".length()).trim());
				}
			}
		}
		catch (IOException ex) {
			// gone, or not Linux
		}
		return -1;
	}

	private static int fds(long pid) {
		try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			return (int) fds.count();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String jcmd(long pid, String command) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(60, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

}
