package io.rpcboot.benchmarks.peers.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * async-profiler attached with {@code jcmd JVMTI.agent_load} to the client and the server JVM for
 * exactly a cell's window, so that samples (one per millisecond of CPU) divided by the window's
 * calls are microseconds per call ({@code -Dpeers.profiler.event=alloc}: bytes allocated instead). On only with {@code -Dpeers.profiler=/path/libasyncProfiler.so}
 * (the driver's {@code --async-profiler}); writes {@code <row>-<cell>-<side>.collapsed}.
 */
final class WindowProfiler {

	private static final String LIBRARY = System.getProperty("peers.profiler", "");

	private static final String DIRECTORY = System.getProperty("peers.profile.dir", "profile");

	private static final String EVENT = System.getProperty("peers.profiler.event", "cpu");

	private WindowProfiler() {
	}

	static void start(long serverPid) {
		for (long pid : pids(serverPid)) {
			agent(pid, EVENT.equals("cpu") ? "start,event=cpu,interval=1ms,threads" : "start,event=" + EVENT + ",threads");
		}
	}

	static void stop(long serverPid, String name) {
		List<Long> pids = pids(serverPid);
		for (int i = 0; i < pids.size(); i++) {
			String side = (i == 0) ? "client" : "server";
			agent(pids.get(i), "stop,collapsed,file=" + Path.of(DIRECTORY, name + "-" + side + ".collapsed"));
		}
	}

	private static List<Long> pids(long serverPid) {
		return LIBRARY.isEmpty() ? List.of() : List.of(ProcessHandle.current().pid(), serverPid);
	}

	private static void agent(long pid, String options) {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		try {
			// jcmd splits its arguments at '=' unless the whole option string is quoted
			new ProcessBuilder(jcmd, Long.toString(pid), "JVMTI.agent_load", LIBRARY, "\"" + options + "\"")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + jcmd, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
