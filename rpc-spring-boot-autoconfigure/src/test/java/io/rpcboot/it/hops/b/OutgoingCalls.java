package io.rpcboot.it.hops.b;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** How each of B's calls to C ended, for the test to wait on. */
@Component
public class OutgoingCalls {

	private final BlockingQueue<Ended> ended = new LinkedBlockingQueue<>();

	/** Calls C, and records how the call ended, on which thread and when. */
	String call(BackClient back, String job) {
		try {
			String result = back.work(job);
			this.ended.add(new Ended(System.nanoTime(), Thread.currentThread().getName(), null));
			return result;
		}
		catch (RuntimeException ex) {
			this.ended.add(new Ended(System.nanoTime(), Thread.currentThread().getName(), ex));
			throw ex;
		}
	}

	public BlockingQueue<Ended> ended() {
		return this.ended;
	}

	/** One call's end: its {@link System#nanoTime()}, its thread and its failure. */
	public record Ended(long nanoTime, String thread, @Nullable RuntimeException failure) {
	}

}
