package io.rpcboot.client;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.rpcboot.RpcException;
import io.rpcboot.RpcUnavailableException;
import io.rpcboot.protocol.RpcOperation;

/**
 * Where the attempts of one client's calls go: chosen once per client, when its proxy is
 * created, by an {@link RpcTargetResolver} from the client's URL; asked once per attempt. A
 * plain {@code http(s)} URL is one fixed server; {@code lb://inventory} is every instance of
 * {@code inventory} that Spring Cloud LoadBalancer knows.
 */
public interface RpcTarget {

	/**
	 * The server that one attempt of a call goes to.
	 * @param operation the method called
	 * @param uri the call's URI as planned from the client's URL: {@code {url}{path}/{service}/{method}}
	 * @param failed where the call's previous attempt went, which failed; {@code null} for the first attempt
	 * @param timeLeft the call's remaining time, the longest the choice may take
	 * @throws RpcUnavailableException where no server can take the call: it was never sent
	 * @throws RpcException where the choice fails otherwise, for example at the deadline
	 */
	Server choose(RpcOperation operation, URI uri, @Nullable Server failed, Duration timeLeft);

	/**
	 * Whether successive attempts of a call may go to different servers: then an attempt that
	 * never reached its server (connection refused) is sent to another at once, and spends
	 * nothing of the client's retry budget, since no server did any work for it.
	 */
	default boolean failsOver() {
		return false;
	}

	/** One server, chosen for one attempt. */
	interface Server {

		/** The URI of the attempt: the call's URI on this server. */
		URI uri(URI callUri);

		/**
		 * Called once the attempt ended.
		 * @param failure what the caller would see, or {@code null} where the call succeeded
		 */
		default void attemptEnded(@Nullable Throwable failure) {
		}

	}

	/** The server of a plain URL: every attempt goes to the call's URI as planned. */
	static RpcTarget fixed() {
		return FixedTarget.INSTANCE;
	}

}
