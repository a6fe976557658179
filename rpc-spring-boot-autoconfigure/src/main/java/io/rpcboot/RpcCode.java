package io.rpcboot;

import java.util.Locale;

/** The error codes of the wire protocol, each with the HTTP status it travels with. */
public enum RpcCode {

	INVALID_ARGUMENT(400),
	UNAUTHENTICATED(401),
	PERMISSION_DENIED(403),
	UNIMPLEMENTED(404),
	FAILED_PRECONDITION(422),
	RESOURCE_EXHAUSTED(413),
	INTERNAL(500),
	UNAVAILABLE(503),
	DEADLINE_EXCEEDED(504),
	/** A code this client does not know. */
	UNKNOWN(500);

	private final int httpStatus;

	private final String wireName;

	RpcCode(int httpStatus) {
		this.httpStatus = httpStatus;
		this.wireName = name().toLowerCase(Locale.ROOT);
	}

	/** The HTTP status a server answers with for this code. */
	public int httpStatus() {
		return this.httpStatus;
	}

	/** The code as it is written on the wire, such as {@code invalid_argument}. */
	public String wireName() {
		return this.wireName;
	}

	/** The code for a wire name; {@link #UNKNOWN} for {@code null} or a name this version does not know. */
	public static RpcCode fromWireName(String wireName) {
		if (wireName != null) {
			for (RpcCode code : values()) {
				if (code != UNKNOWN && code.wireName.equals(wireName)) {
					return code;
				}
			}
		}
		return UNKNOWN;
	}

	/** The code that best describes an HTTP status that came without one. */
	public static RpcCode fromHttpStatus(int status) {
		return switch (status) {
			case 400, 415 -> INVALID_ARGUMENT;
			case 401 -> UNAUTHENTICATED;
			case 403 -> PERMISSION_DENIED;
			case 404, 405, 501 -> UNIMPLEMENTED;
			case 409, 412, 422 -> FAILED_PRECONDITION;
			case 413, 429 -> RESOURCE_EXHAUSTED;
			case 502, 503 -> UNAVAILABLE;
			case 408, 504 -> DEADLINE_EXCEEDED;
			default -> (status >= 500) ? INTERNAL : (status >= 400) ? FAILED_PRECONDITION : UNKNOWN;
		};
	}

}
