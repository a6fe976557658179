package io.rpcboot.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBodiesTests {

	private static final byte[] BODY = "[\"echo\", 42]".getBytes(StandardCharsets.UTF_8);

	@Test
	void bodyOfDeclaredLengthIsReadWhole() throws IOException {
		assertThat(MessageBodies.read(new ByteArrayInputStream(BODY), BODY.length, 1000)).isEqualTo(BODY);
	}

	@Test
	void bodyOfUnknownLengthIsReadWhole() throws IOException {
		assertThat(MessageBodies.read(new ByteArrayInputStream(BODY), -1, 1000)).isEqualTo(BODY);
	}

	@Test
	void streamThatEndsBeforeItsDeclaredLengthGivesWhatArrived() throws IOException {
		assertThat(MessageBodies.read(new ByteArrayInputStream(BODY), BODY.length + 10, 1000)).isEqualTo(BODY);
	}

	@Test
	void bodyOverTheLimitIsReadOneBytePastIt() throws IOException {
		assertThat(MessageBodies.read(new ByteArrayInputStream(BODY), -1, 5)).hasSize(6);
	}

	@Test
	void largeDeclaredLengthIsNotAllocatedBeforeTheBytesArrive() throws IOException {
		long declared = 4L * 1024 * 1024;
		assertThat(MessageBodies.readsExactly(declared, declared)).isFalse();
		assertThat(MessageBodies.read(new ByteArrayInputStream(BODY), declared, declared)).isEqualTo(BODY);
	}

	@Test
	void onlyAKnownModestLengthWithinTheLimitIsAllocatedUpFront() {
		assertThat(MessageBodies.readsExactly(BODY.length, 1000)).isTrue();
		assertThat(MessageBodies.readsExactly(MessageBodies.EXACT_UP_TO, Long.MAX_VALUE)).isTrue();
		assertThat(MessageBodies.readsExactly(MessageBodies.EXACT_UP_TO + 1, Long.MAX_VALUE)).isFalse();
		assertThat(MessageBodies.readsExactly(-1, 1000)).isFalse();
		assertThat(MessageBodies.readsExactly(2000, 1000)).isFalse();
	}

	@Test
	void bodyOfDeclaredLengthReadsNoFurther() throws IOException {
		CountingStream in = new CountingStream(new ByteArrayInputStream(("xx" + new String(BODY, StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8)));
		assertThat(MessageBodies.read(in, 2, 1000)).containsExactly('x', 'x');
		assertThat(in.read).isEqualTo(2);
	}

	private static final class CountingStream extends InputStream {

		private final InputStream in;

		private int read;

		CountingStream(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			this.read += (b >= 0) ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = this.in.read(b, off, len);
			this.read += Math.max(n, 0);
			return n;
		}

	}

}
