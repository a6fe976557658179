package io.rpcboot.client;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.junit.jupiter.api.Test;

import io.rpcboot.client.LimitedResponseConsumer.Answer;
import io.rpcboot.client.LimitedResponseConsumer.TooLarge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A future call's answer is read whole, in as many pieces as it arrives, whether its length is
 * declared or not, and refused past the limit.
 */
class LimitedResponseConsumerTests {

	private final AtomicReference<Answer> answer = new AtomicReference<>();

	@Test
	void answerOfDeclaredLengthIsReadWhole() throws Exception {
		byte[] body = "\"a modest answer\"".getBytes(StandardCharsets.UTF_8);
		LimitedResponseConsumer consumer = start(1000, (long) body.length);
		consumer.consume(ByteBuffer.wrap(body, 0, 5));
		consumer.consume(ByteBuffer.wrap(body, 5, body.length - 5));
		consumer.streamEnd(null);
		assertThat(this.answer.get().body()).isEqualTo(body);
		assertThat(this.answer.get().status()).isEqualTo(200);
	}

	@Test
	void answerOfUnknownLengthGrowsAsItArrives() throws Exception {
		byte[] body = new byte[10_000];
		Arrays.fill(body, (byte) 'x');
		LimitedResponseConsumer consumer = start(1_000_000, null);
		for (int offset = 0; offset < body.length; offset += 1000) {
			consumer.consume(ByteBuffer.wrap(body, offset, 1000));
		}
		consumer.streamEnd(null);
		assertThat(this.answer.get().body()).isEqualTo(body);
	}

	@Test
	void modestDeclaredLengthIsAllocatedOnceAndNotCopied() throws Exception {
		byte[] body = new byte[60_000];
		start(1_000_000, 0L).streamEnd(null); // classes loaded: only the reading is measured
		long before = allocatedBytes();
		LimitedResponseConsumer consumer = start(1_000_000, (long) body.length);
		consumer.consume(ByteBuffer.wrap(body));
		consumer.streamEnd(null);
		// the body once, not a buffer and its copy
		assertThat(allocatedBytes() - before).as("bytes allocated").isLessThan(body.length * 3 / 2);
		assertThat(this.answer.get().body()).isEqualTo(body);
	}

	@Test
	void bigDeclaredLengthWithinTheLimitIsNotAllocatedBeforeItArrives() throws Exception {
		long before = allocatedBytes();
		LimitedResponseConsumer consumer = start(Integer.MAX_VALUE - 8, 100_000_000L);
		consumer.consume(ByteBuffer.wrap(new byte[] { '1' }));
		consumer.streamEnd(null); // shorter than declared: what arrived
		assertThat(allocatedBytes() - before).as("bytes allocated").isLessThan(1_000_000);
		assertThat(this.answer.get().body()).containsExactly('1');
	}

	@Test
	void declaredLengthOverTheLimitIsRefusedAtOnce() {
		assertThatExceptionOfType(TooLarge.class).isThrownBy(() -> start(10, 11L)).withMessage("it declares 11 bytes");
	}

	@Test
	void answerOverTheLimitIsRefusedWhileItArrives() throws Exception {
		LimitedResponseConsumer consumer = start(10, null);
		consumer.consume(ByteBuffer.wrap(new byte[6]));
		assertThatExceptionOfType(TooLarge.class).isThrownBy(() -> consumer.consume(ByteBuffer.wrap(new byte[6])))
			.withMessage("refused after 10 bytes");
	}

	/** What this thread allocated so far (HotSpot's own ThreadMXBean). */
	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	private LimitedResponseConsumer start(int limit, Long contentLength) throws Exception {
		LimitedResponseConsumer consumer = new LimitedResponseConsumer(limit);
		BasicHttpResponse response = new BasicHttpResponse(200);
		if (contentLength != null) {
			response.setHeader("Content-Length", contentLength);
		}
		consumer.consumeResponse(response, new BasicAsyncEntityProducer("", ContentType.APPLICATION_JSON),
				HttpCoreContext.create(), new FutureCallback<>() {

					@Override
					public void completed(Answer result) {
						LimitedResponseConsumerTests.this.answer.set(result);
					}

					@Override
					public void failed(Exception ex) {
					}

					@Override
					public void cancelled() {
					}

				});
		return consumer;
	}

}
