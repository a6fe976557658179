package io.rpcboot.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * One connection that sends raw bytes, half-closes, and reads whatever comes back until the
 * server closes it or the time runs out. Nothing here knows HTTP: the fuzzer owns the framing.
 */
final class RawConnection {

	/** What came back on one connection. */
	record Outcome(int localPort, byte[] received, boolean closedInTime, Duration elapsed, boolean reset) {
	}

	private static final int MAX_RECEIVED = 8 * 1024 * 1024;

	private RawConnection() {
	}

	/**
	 * @param bound how long the server has, from the last byte sent, to answer and close
	 * @param sink called with the connection's local port before anything is sent
	 */
	static Outcome exchange(int port, byte[] request, Duration bound, java.util.function.IntConsumer sink)
			throws IOException {
		try (Socket socket = new Socket()) {
			socket.setSoLinger(true, 0); // no TIME_WAIT pile-up over a long run
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			sink.accept(socket.getLocalPort());
			boolean reset = false;
			try {
				socket.getOutputStream().write(request);
				socket.getOutputStream().flush();
				socket.shutdownOutput();
			}
			catch (SocketException ex) {
				reset = true; // the server closed early, before it read all; what it answered is still there
			}
			long start = System.nanoTime();
			long end = start + bound.toNanos();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[16 * 1024];
			boolean closed = false;
			while (!closed && received.size() < MAX_RECEIVED) {
				long left = (end - System.nanoTime()) / 1_000_000;
				if (left <= 0) {
					break;
				}
				socket.setSoTimeout((int) left);
				try {
					int n = in.read(buffer);
					if (n < 0) {
						closed = true;
					}
					else {
						received.write(buffer, 0, n);
					}
				}
				catch (SocketTimeoutException ex) {
					break;
				}
				catch (SocketException ex) {
					reset = true;
					closed = true;
				}
			}
			return new Outcome(socket.getLocalPort(), received.toByteArray(), closed,
					Duration.ofNanos(System.nanoTime() - start), reset);
		}
	}

}
