package io.rpcboot.it.hops.c;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

import io.rpcboot.RpcService;
import io.rpcboot.it.hops.api.Back;

/** Works on each job until its thread is interrupted, and notes when that happened. */
@RpcService
public class BackService implements Back {

	private final BlockingQueue<Long> interrupted = new LinkedBlockingQueue<>();

	@Override
	public String work(String job) {
		try {
			new CountDownLatch(1).await();
			throw new IllegalStateException("never counted down");
		}
		catch (InterruptedException ex) {
			this.interrupted.add(System.nanoTime());
			Thread.currentThread().interrupt();
			throw new IllegalStateException("stopped working on " + job);
		}
	}

	/** The {@link System#nanoTime()} of each interrupt, in order. */
	public BlockingQueue<Long> interrupted() {
		return this.interrupted;
	}

}
