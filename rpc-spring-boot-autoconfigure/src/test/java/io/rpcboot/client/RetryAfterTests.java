package io.rpcboot.client;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pause a {@code Retry-After} header asks for: delta-seconds or an HTTP-date. */
class RetryAfterTests {

	@Test
	void deltaSeconds() {
		assertThat(ResponseDecoder.retryAfter("1")).isEqualTo(Duration.ofSeconds(1));
		assertThat(ResponseDecoder.retryAfter(" 120 ")).isEqualTo(Duration.ofSeconds(120));
		assertThat(ResponseDecoder.retryAfter("0")).isEqualTo(Duration.ZERO);
	}

	@Test
	void httpDate() {
		String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
		assertThat(ResponseDecoder.retryAfter(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
		assertThat(ResponseDecoder.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
	}

	@Test
	void anythingElseIsIgnored() {
		assertThat(ResponseDecoder.retryAfter(null)).isNull();
		assertThat(ResponseDecoder.retryAfter("")).isNull();
		assertThat(ResponseDecoder.retryAfter("-1")).isNull();
		assertThat(ResponseDecoder.retryAfter("1.5")).isNull();
		assertThat(ResponseDecoder.retryAfter("soon")).isNull();
		assertThat(ResponseDecoder.retryAfter("99999999999999999999")).isNull();
	}

}
