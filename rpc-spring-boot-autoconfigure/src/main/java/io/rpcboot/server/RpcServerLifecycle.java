package io.rpcboot.server;

import org.springframework.context.SmartLifecycle;

/**
 * Stops new calls as soon as shutdown begins: it stops before the web server's graceful
 * shutdown, so calls in flight complete while a newcomer is answered {@code unavailable}.
 */
public class RpcServerLifecycle implements SmartLifecycle {

	private volatile boolean running;

	private volatile boolean draining;

	@Override
	public void start() {
		this.running = true;
		this.draining = false;
	}

	@Override
	public void stop() {
		this.draining = true;
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether shutdown has begun. */
	public boolean isDraining() {
		return this.draining;
	}

}
