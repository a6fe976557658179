package io.rpcboot.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzz input into the bytes sent. The input is sent as it is, but for one convenience:
 * the token {@code @LEN@} is replaced by the number of bytes after the blank line that follows
 * it, so that seeds and mutations of a body keep a matching {@code Content-Length} unless the
 * fuzzer mutates the token itself.
 */
final class RawRequests {

	private static final byte[] TOKEN = "@LEN@".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] BLANK_LINE = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

	private RawRequests() {
	}

	static byte[] toSend(byte[] input) {
		int token = RawResponse.indexOf(input, TOKEN, 0);
		if (token < 0) {
			return input;
		}
		int blank = RawResponse.indexOf(input, BLANK_LINE, token);
		int length = (blank < 0) ? 0 : input.length - blank - BLANK_LINE.length;
		byte[] digits = Integer.toString(length).getBytes(StandardCharsets.ISO_8859_1);
		byte[] sent = new byte[input.length - TOKEN.length + digits.length];
		System.arraycopy(input, 0, sent, 0, token);
		System.arraycopy(digits, 0, sent, token, digits.length);
		System.arraycopy(input, token + TOKEN.length, sent, token + digits.length, input.length - token - TOKEN.length);
		return sent;
	}

	/** The bytes, readable in a failure message: printable ASCII as is, the rest escaped. */
	static String describe(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
			int b = bytes[i] & 0xff;
			if (b == '\r') {
				text.append("\\r");
			}
			else if (b == '\n') {
				text.append("\\n\n");
			}
			else if (b >= 0x20 && b < 0x7f && b != '\\') {
				text.append((char) b);
			}
			else {
				text.append(String.format("\\x%02x", b));
			}
		}
		return (bytes.length > 4096) ? text + "... (" + bytes.length + " bytes)" : text.toString();
	}

}
