package io.rpcboot.protocol;

import java.time.Duration;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/** Names and rules of the wire protocol (version 1) that both stubs share. */
public final class RpcProtocol {

	/** Request header: the caller's remaining time in milliseconds. */
	public static final String TIMEOUT_HEADER = "Rpc-Timeout-Ms";

	/** Problem member holding the {@link io.rpcboot.RpcCode} wire name. */
	public static final String CODE_MEMBER = "code";

	/** Problem member holding the fully qualified name of a declared exception. */
	public static final String EXCEPTION_MEMBER = "exception";

	/** What a service or method name is made of on the wire: Java identifier characters. */
	public static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

	/** Whether a string can be a service or method name on the wire. */
	public static boolean isName(String name) {
		return NAME.matcher(name).matches();
	}

	/**
	 * The target a path below {@code rpc.server.path} names, as every message names one.
	 * @param relativePath the path after {@code {rpc.server.path}/}, such as {@code Shop/add}
	 * @return {@code Shop.add}, or {@code null} where the path names no target
	 */
	public static @Nullable String targetName(String relativePath) {
		int slash = relativePath.indexOf('/');
		return (slash > 0 && isName(relativePath.substring(0, slash)) && isName(relativePath.substring(slash + 1)))
				? relativePath.replace('/', '.') : null;
	}

	private static final Pattern TIMEOUT_VALUE = Pattern.compile("[0-9]{1,10}");

	private RpcProtocol() {
	}

	/**
	 * Parses an {@code Rpc-Timeout-Ms} value: 1 to 10 ASCII digits.
	 * @return the milliseconds, or -1 where the value is malformed
	 */
	public static long parseTimeout(String value) {
		return TIMEOUT_VALUE.matcher(value).matches() ? Long.parseLong(value) : -1;
	}

	/** A deadline as messages and tools show it, the way the configuration writes one: {@code 10s}, {@code 300ms}. */
	public static String formatTimeout(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
	}

	/** Whether a content type is JSON: {@code application/json} or {@code application/*+json}. */
	public static boolean isJson(MediaType type) {
		return "application".equals(type.getType())
				&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
	}

}
