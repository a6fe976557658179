package io.rpcboot.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.rpcboot.RpcCode;
import io.rpcboot.codec.JsonRpcCodec;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.protocol.RpcInterfaces;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcOperation;
import io.rpcboot.server.ArgumentsReader.RawArguments;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.io.InputDecorator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Decoding of a body into arguments, without HTTP. */
class ArgumentsReaderTests {

	private final RpcJson json = new RpcJson(JsonMapper.builder().build());

	private final ArgumentsReader reader = new ArgumentsReader();

	private final RpcCodec codec = new JsonRpcCodec(this.json);

	private final Map<Integer, ServerMethod> orders = overloads("place");

	@Test
	void positionalArgumentsBindToGenericTypes() {
		Object[] arguments = bind("[\"a\", 2, [{\"sku\": \"x\", \"quantity\": 3}], null]");
		assertThat(arguments).containsExactly("a", 2, List.of(new Line("x", 3)), Optional.empty());
	}

	@Test
	void namedArgumentsBindByExactName() {
		Object[] arguments = bind("{\"count\": 2, \"customer\": \"a\", \"lines\": [], \"note\": \"n\"}");
		assertThat(arguments).containsExactly("a", 2, List.of(), Optional.of("n"));
	}

	@Test
	void overloadIsPickedByCount() {
		assertThat(select("[\"a\"]").arity()).isEqualTo(1);
		assertThat(select("{\"customer\": \"a\", \"count\": 1, \"lines\": [], \"note\": null}").arity()).isEqualTo(4);
		assertThat(select("{\"customer\": \"a\", \"count\": 1}").arity()).as("names pick among overloads")
			.isEqualTo(4);
	}

	@Test
	void failuresNameTheMethodAndTheArgument() {
		assertInvalid("[\"a\", \"two\", [], null]", "Orders.place: argument 1 (count): cannot convert \"two\" to int");
		assertInvalid("[\"a\", 1, [{\"sku\": \"x\", \"quantity\": \"q\"}], null]", "argument 2 (lines)");
		assertInvalid("[\"a\", null, [], null]", "Orders.place: argument 1 (count): null is not a valid int");
		assertInvalid("{\"customer\": \"a\", \"lines\": []}", "argument 1 (count) is missing");
		assertInvalid("{\"customer\": \"a\", \"Count\": 1, \"lines\": [], \"note\": null}", "unknown parameter [Count]");
		assertInvalid("{\"customer\": \"a\", \"customer\": \"b\"}", "argument 'customer' is given twice");
		assertInvalid("[1, 2", "Orders.place: malformed JSON");
		assertInvalid("42", "must be a JSON array of arguments or an object");
		assertInvalid("[] []", "unexpected content after the arguments");
	}

	@Test
	void numbersKeepEveryDigitAndTheirScale() {
		Map<Integer, ServerMethod> totals = overloads("total");
		RawArguments raw = this.reader.parse(this.codec, 
				"[{\"amount\": 12345678901234567890.123456789, \"rate\": -0.0}, 2.50]".getBytes(StandardCharsets.UTF_8),
				"Orders.total");
		Object[] exact = this.reader.bind(raw, ArgumentsReader.select(totals, raw, "Orders.total"));
		assertThat(exact).containsExactly(new Money(new BigDecimal("12345678901234567890.123456789"), -0.0),
				new BigDecimal("2.50"));
		assertThat(Double.doubleToRawLongBits(((Money) exact[0]).rate())).isEqualTo(Double.doubleToRawLongBits(-0.0));
	}

	@Test
	void negativeZeroStaysNegativeWhereTheApplicationReadsFloatsAsBigDecimal() {
		RpcJson decimals = new RpcJson(
				JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());
		ArgumentsReader reader = new ArgumentsReader();
		Map<Integer, ServerMethod> overloads = overloads(decimals, "mixed");
		RawArguments raw = reader.parse(new JsonRpcCodec(decimals), "[-0.0, 0.10]".getBytes(StandardCharsets.UTF_8), "Orders.mixed");
		Object[] arguments = reader.bind(raw, ArgumentsReader.select(overloads, raw, "Orders.mixed"));
		assertThat(Double.doubleToRawLongBits((double) arguments[0])).isEqualTo(Double.doubleToRawLongBits(-0.0));
		assertThat(arguments[1]).as("an Object reads a BigDecimal, as the application asked").isEqualTo(new BigDecimal("0.10"));
	}

	/** No wire input makes Jackson fail without a message; an input decorator or a deserializer of the application can. */
	@Test
	void failureWithoutAMessageIsStillInvalidArgument() {
		JsonMapper failingInput = JsonMapper.builder(JsonFactory.builder().inputDecorator(new FailingInput()).build())
			.build();
		assertThatExceptionOfType(RpcFailure.class)
			.isThrownBy(() -> new ArgumentsReader().parse(new JsonRpcCodec(new RpcJson(failingInput)), "[1]".getBytes(StandardCharsets.UTF_8),
					"Orders.place"))
			.satisfies((failure) -> {
				assertThat(failure.code()).isEqualTo(RpcCode.INVALID_ARGUMENT);
				assertThat(failure.getMessage()).startsWith("Orders.place: malformed JSON: ").doesNotContain("null");
			});
		assertInvalid("[\"x\"]", "Orders.check: argument 0 (code): cannot convert the value to "
				+ Code.class.getName() + ": MismatchedInputException", "check");
	}

	@Test
	void wrongCountListsTheArities() {
		assertThatExceptionOfType(RpcFailure.class).isThrownBy(() -> select("[1, 2]"))
			.withMessage("Orders.place takes [1, 4] arguments, got 2");
	}

	private Object[] bind(String body) {
		RawArguments raw = this.reader.parse(this.codec, body.getBytes(StandardCharsets.UTF_8), "Orders.place");
		return this.reader.bind(raw, ArgumentsReader.select(this.orders, raw, "Orders.place"));
	}

	private ServerMethod select(String body) {
		return ArgumentsReader.select(this.orders,
				this.reader.parse(this.codec, body.getBytes(StandardCharsets.UTF_8), "Orders.place"), "Orders.place");
	}

	private void assertInvalid(String body, String message) {
		assertInvalid(body, message, "place");
	}

	private void assertInvalid(String body, String message, String method) {
		Map<Integer, ServerMethod> overloads = overloads(method);
		assertThatExceptionOfType(RpcFailure.class).isThrownBy(() -> {
			RawArguments raw = this.reader.parse(this.codec, body.getBytes(StandardCharsets.UTF_8), "Orders." + method);
			this.reader.bind(raw, ArgumentsReader.select(overloads, raw, "Orders." + method));
		}).satisfies((failure) -> {
			assertThat(failure.code()).isEqualTo(RpcCode.INVALID_ARGUMENT);
			assertThat(failure.status()).isEqualTo(400);
			assertThat(failure.getMessage()).contains(message);
		});
	}

	private Map<Integer, ServerMethod> overloads(String name) {
		return overloads(this.json, name);
	}

	private static Map<Integer, ServerMethod> overloads(RpcJson json, String name) {
		List<RpcOperation> operations = new RpcInterfaces(json).operations(Orders.class, "Orders", true);
		return ExportedService.of("Orders", Orders.class,
				operations.stream().map((op) -> new ServerMethod(op, new Object(), json.mapper())).toList())
			.overloads(name);
	}

	record Line(String sku, int quantity) {
	}

	record Money(BigDecimal amount, double rate) {
	}

	@JsonDeserialize(using = MessagelessDeserializer.class)
	record Code(String value) {
	}

	static class MessagelessDeserializer extends ValueDeserializer<Code> {

		@Override
		public Code deserialize(JsonParser parser, DeserializationContext context) {
			throw MismatchedInputException.from(parser, Code.class, null);
		}

	}

	/** Input that fails to read with an {@link IOException} that has no message. */
	static class FailingInput extends InputDecorator {

		@Override
		public InputStream decorate(IOContext context, InputStream in) {
			return failing();
		}

		@Override
		public InputStream decorate(IOContext context, byte[] src, int offset, int length) {
			return failing();
		}

		@Override
		public Reader decorate(IOContext context, Reader reader) {
			return reader;
		}

		private static InputStream failing() {
			return new InputStream() {

				@Override
				public int read() throws IOException {
					throw new IOException();
				}

			};
		}

	}

	interface Orders {

		String place(String customer);

		String place(String customer, int count, List<Line> lines, Optional<String> note);

		String total(Money money, BigDecimal fee);

		String check(Code code);

		String mixed(double rate, Object anything);

	}

}
