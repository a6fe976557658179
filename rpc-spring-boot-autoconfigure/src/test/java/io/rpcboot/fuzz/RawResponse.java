package io.rpcboot.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.rpcboot.fuzz.server.Exchange;

/**
 * An HTTP/1.1 response parsed from raw bytes, leniently: interim (1xx) answers are skipped,
 * bodies are framed by {@code Content-Length}, chunks, or the end of the connection.
 */
record RawResponse(String statusLine, int status, Map<String, String> headers, byte[] body) {

	@Nullable String header(String name) {
		return this.headers.get(name.toLowerCase(Locale.ROOT));
	}

	String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		String text = bodyText();
		return this.statusLine + " " + this.headers + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
	}

	/**
	 * Reads the responses in order.
	 * @param headExchanges the ids ({@link Exchange#HEADER}) of the exchanges that were a HEAD: no body follows
	 */
	static Parsed parseAll(byte[] bytes, Set<String> headExchanges) {
		List<RawResponse> responses = new ArrayList<>();
		int[] position = { 0 };
		String garbage = null;
		while (position[0] < bytes.length) {
			try {
				RawResponse response = parseOne(bytes, position, headExchanges);
				if (response == null) {
					garbage = "an incomplete response: " + preview(bytes, position[0]);
					break;
				}
				responses.add(response);
			}
			catch (IllegalArgumentException ex) {
				garbage = ex.getMessage() + ": " + preview(bytes, position[0]);
				break;
			}
		}
		return new Parsed(responses, garbage);
	}

	/** The responses read, and what could not be read as one (or {@code null}). */
	record Parsed(List<RawResponse> responses, @Nullable String unreadable) {
	}

	private static @Nullable RawResponse parseOne(byte[] bytes, int[] position, Set<String> headExchanges) {
		while (true) {
			int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), position[0]);
			if (headerEnd < 0) {
				return null;
			}
			String[] lines = new String(bytes, position[0], headerEnd - position[0], StandardCharsets.ISO_8859_1)
				.split("\r\n");
			if (!lines[0].startsWith("HTTP/1.") || lines[0].length() < 12) {
				throw new IllegalArgumentException("not a status line");
			}
			int status = Integer.parseInt(lines[0].substring(9, 12));
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
				}
			}
			position[0] = headerEnd + 4;
			if (status >= 100 && status < 200) {
				continue;
			}
			byte[] body;
			String length = headers.get("content-length");
			String encoding = headers.get("transfer-encoding");
			boolean head = headExchanges.contains(String.valueOf(headers.get(Exchange.HEADER.toLowerCase(Locale.ROOT))));
			if (head || status == 204 || status == 304) {
				body = new byte[0];
			}
			else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
				body = dechunk(bytes, position);
				if (body == null) {
					return null;
				}
			}
			else if (length != null) {
				int n = Integer.parseInt(length.trim());
				if (position[0] + n > bytes.length) {
					return null;
				}
				body = java.util.Arrays.copyOfRange(bytes, position[0], position[0] + n);
				position[0] += n;
			}
			else {
				body = java.util.Arrays.copyOfRange(bytes, position[0], bytes.length);
				position[0] = bytes.length;
			}
			return new RawResponse(lines[0], status, headers, body);
		}
	}

	private static byte @Nullable [] dechunk(byte[] bytes, int[] position) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			int lineEnd = indexOf(bytes, "\r\n".getBytes(StandardCharsets.ISO_8859_1), position[0]);
			if (lineEnd < 0) {
				return null;
			}
			String sizeLine = new String(bytes, position[0], lineEnd - position[0], StandardCharsets.ISO_8859_1);
			int semicolon = sizeLine.indexOf(';');
			int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
			position[0] = lineEnd + 2;
			if (size == 0) {
				int trailerEnd = indexOf(bytes, "\r\n".getBytes(StandardCharsets.ISO_8859_1), position[0]);
				while (trailerEnd > position[0]) { // trailers, until the empty line
					position[0] = trailerEnd + 2;
					trailerEnd = indexOf(bytes, "\r\n".getBytes(StandardCharsets.ISO_8859_1), position[0]);
				}
				if (trailerEnd < 0) {
					return null;
				}
				position[0] = trailerEnd + 2;
				return body.toByteArray();
			}
			if (position[0] + size + 2 > bytes.length) {
				return null;
			}
			body.write(bytes, position[0], size);
			position[0] += size + 2;
		}
	}

	static int indexOf(byte[] bytes, byte[] pattern, int from) {
		outer: for (int i = from; i <= bytes.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static String preview(byte[] bytes, int from) {
		int length = Math.min(200, bytes.length - from);
		return new String(bytes, from, length, StandardCharsets.ISO_8859_1).replace("\r\n", "\\r\\n");
	}

}
