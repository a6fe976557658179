package io.rpcboot.client;

import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcTimeoutException;
import io.rpcboot.context.IncomingDeadline;
import io.rpcboot.context.IncomingDeadlineExceededException;
import io.rpcboot.protocol.RpcProtocol;

/**
 * When one outgoing call must end: its method's own timeout from the moment it is made, or
 * sooner where the thread is handling an incoming call whose {@link IncomingDeadline} comes
 * first. Then the call is capped by that one, and its timeouts say so.
 *
 * @param nanoTime the deadline, in {@link System#nanoTime()} terms
 * @param budgetMillis the time the call had when it was made
 * @param cappedBy the incoming call whose deadline it ends at ({@code Service.method}), or
 * {@code null} where it keeps its own
 */
record OutgoingDeadline(long nanoTime, long budgetMillis, @Nullable String cappedBy) {

	/** The deadline of a call made now, on this thread. */
	static OutgoingDeadline of(ClientMethod method) {
		long now = System.nanoTime();
		long own = now + method.timeout().toNanos();
		IncomingDeadline incoming = IncomingDeadline.current();
		if (incoming != null && incoming.nanoTime() - own < 0) {
			return new OutgoingDeadline(incoming.nanoTime(),
					TimeUnit.NANOSECONDS.toMillis(incoming.nanoTime() - now), incoming.call());
		}
		return new OutgoingDeadline(own, method.timeout().toMillis(), null);
	}

	/**
	 * The failure of a capped call whose incoming call's deadline passed before it was made: it
	 * is not sent at all.
	 * @return {@code null} where the call has time left, or keeps its own deadline
	 */
	@Nullable RpcTimeoutException passedAlready(ClientMethod method) {
		if (this.cappedBy == null || TimeUnit.NANOSECONDS.toMillis(this.nanoTime - System.nanoTime()) > 0) {
			return null;
		}
		return timeout(method, "the deadline of the incoming call " + this.cappedBy + " passed; the call was not sent",
				null);
	}

	/** The deadline as a message says it: {@code 30s}, or the capped time and by what. */
	String describe(ClientMethod method) {
		String own = RpcProtocol.formatTimeout(method.timeout());
		return (this.cappedBy != null)
				? this.budgetMillis + "ms, capped by the incoming call " + this.cappedBy + " instead of its own " + own : own;
	}

	/** The call timed out here: an {@link IncomingDeadlineExceededException} where the incoming call capped it. */
	RpcTimeoutException timeout(ClientMethod method, String detail, @Nullable Throwable cause) {
		return (this.cappedBy != null)
				? new IncomingDeadlineExceededException(method.service(), method.name(), this.cappedBy, detail, cause)
				: new RpcTimeoutException(method.service(), method.name(), detail, cause);
	}

	/**
	 * The failure the caller sees: a capped call's timeout that the server answered, which only
	 * knows its own deadline, says too that the incoming call capped it.
	 */
	Throwable explain(ClientMethod method, Throwable failure) {
		String prefix = method.service() + "." + method.name() + ": ";
		if (this.cappedBy == null || !(failure instanceof RpcTimeoutException remote)
				|| failure instanceof IncomingDeadlineExceededException || remote.getMessage() == null
				|| !remote.getMessage().startsWith(prefix)) {
			return failure;
		}
		return timeout(method, remote.getMessage().substring(prefix.length()) + "; its deadline was "
				+ describe(method), remote);
	}

}
