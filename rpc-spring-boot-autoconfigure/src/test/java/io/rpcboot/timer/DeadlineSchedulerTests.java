package io.rpcboot.timer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineSchedulerTests {

	@Test
	void watchdogDueBeforeTheHeartbeatRunsAtItsTime() throws Exception {
		ScheduledThreadPoolExecutor scheduler = DeadlineScheduler.create("test-deadline-");
		try {
			Thread.sleep(DeadlineScheduler.HEARTBEAT_MILLIS / 2); // the thread now sleeps until the heartbeat
			CountDownLatch fired = new CountDownLatch(1);
			long start = System.nanoTime();
			scheduler.schedule(fired::countDown, 5, TimeUnit.MILLISECONDS);
			assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
			long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertThat(tookMillis).isGreaterThanOrEqualTo(5);
		}
		finally {
			scheduler.shutdownNow();
		}
	}

	@Test
	void watchdogsDueLaterThanTheHeartbeatDoNotWakeTheThread() throws Exception {
		ScheduledThreadPoolExecutor scheduler = DeadlineScheduler.create("quiet-deadline-");
		try {
			scheduler.submit(() -> { }).get(); // the thread exists and waits
			Thread thread = Thread.getAllStackTraces().keySet().stream()
				.filter((candidate) -> candidate.getName().startsWith("quiet-deadline-"))
				.findFirst()
				.orElseThrow();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long waitsBefore = threads.getThreadInfo(thread.getId()).getWaitedCount();
			long start = System.nanoTime();
			for (int i = 0; i < 1_000; i++) { // a call's watchdog, and the call ending first
				scheduler.schedule(() -> { }, 10, TimeUnit.SECONDS).cancel(false);
			}
			long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			long waits = threads.getThreadInfo(thread.getId()).getWaitedCount() - waitsBefore;
			// the heartbeats in that time, and some slack; a wake-up per watchdog was ~1,000
			assertThat(waits).isLessThan(20 + 2 * elapsedMillis / DeadlineScheduler.HEARTBEAT_MILLIS);
		}
		finally {
			scheduler.shutdownNow();
		}
	}

	@Test
	void watchdogsDueLaterThanTheHeartbeatStillRunAndCancelledOnesLeaveTheQueue() throws Exception {
		ScheduledThreadPoolExecutor scheduler = DeadlineScheduler.create("test-deadline-");
		try {
			List<ScheduledFuture<?>> cancelled = new ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				cancelled.add(scheduler.schedule(() -> { }, 10, TimeUnit.SECONDS));
			}
			cancelled.forEach((watchdog) -> watchdog.cancel(false));
			assertThat(scheduler.getQueue()).hasSize(1); // the heartbeat
			CountDownLatch fired = new CountDownLatch(1);
			scheduler.schedule(fired::countDown, 3 * DeadlineScheduler.HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
			assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			scheduler.shutdownNow();
		}
		assertThat(scheduler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

}
