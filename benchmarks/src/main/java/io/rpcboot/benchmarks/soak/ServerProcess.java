package io.rpcboot.benchmarks.soak;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.rpcboot.benchmarks.soak.server.SoakServer;

/**
 * The soak run's server: {@link SoakServer} in a JVM of its own on a fixed port, with the
 * driver's class path, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) and
 * started again on the same port.
 */
final class ServerProcess {

	private final int port;

	private final Path log;

	private @Nullable Process process;

	ServerProcess(int port, Path log) {
		this.port = port;
		this.log = log;
	}

	/** Starts the server and waits until its port accepts connections. */
	void start() throws IOException, InterruptedException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), SoakServer.class.getName(),
				"--server.port=" + this.port, "--server.address=127.0.0.1",
				"--server.tomcat.max-keep-alive-requests=100", "--spring.main.banner-mode=off",
				"--logging.level.root=warn");
		Process started = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly)); // no server outlives the run
		this.process = started;
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!accepts()) {
			if (!started.isAlive()) {
				throw new IllegalStateException("The soak server exited with " + started.exitValue()
						+ "; see " + this.log);
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The soak server did not open port " + this.port + "; see " + this.log);
			}
			Thread.sleep(20);
		}
	}

	/** SIGKILL: no shutdown hook, no graceful close of a single connection. */
	void kill() throws InterruptedException {
		Process running = process();
		running.destroyForcibly();
		running.waitFor();
	}

	long pid() {
		return process().pid();
	}

	int port() {
		return this.port;
	}

	private Process process() {
		if (this.process == null) {
			throw new IllegalStateException("The soak server was not started");
		}
		return this.process;
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
