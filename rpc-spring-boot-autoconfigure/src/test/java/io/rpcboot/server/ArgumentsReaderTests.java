package io.rpcboot.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.rpcboot.RpcCode;
import io.rpcboot.protocol.RpcInterfaces;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcOperation;
import io.rpcboot.server.ArgumentsReader.RawArguments;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Decoding of a body into arguments, without HTTP. */
class ArgumentsReaderTests {

	private final RpcJson json = new RpcJson(JsonMapper.builder().build());

	private final ArgumentsReader reader = new ArgumentsReader(this.json.mapper());

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
	void wrongCountListsTheArities() {
		assertThatExceptionOfType(RpcFailure.class).isThrownBy(() -> select("[1, 2]"))
			.withMessage("Orders.place takes [1, 4] arguments, got 2");
	}

	private Object[] bind(String body) {
		RawArguments raw = this.reader.parse(body.getBytes(StandardCharsets.UTF_8), "Orders.place");
		return this.reader.bind(raw, ArgumentsReader.select(this.orders, raw, "Orders.place"));
	}

	private ServerMethod select(String body) {
		return ArgumentsReader.select(this.orders,
				this.reader.parse(body.getBytes(StandardCharsets.UTF_8), "Orders.place"), "Orders.place");
	}

	private void assertInvalid(String body, String message) {
		assertThatExceptionOfType(RpcFailure.class).isThrownBy(() -> bind(body)).satisfies((failure) -> {
			assertThat(failure.code()).isEqualTo(RpcCode.INVALID_ARGUMENT);
			assertThat(failure.status()).isEqualTo(400);
			assertThat(failure.getMessage()).contains(message);
		});
	}

	private Map<Integer, ServerMethod> overloads(String name) {
		List<RpcOperation> operations = new RpcInterfaces(this.json).operations(Orders.class, "Orders", true);
		return ExportedService.of("Orders", Orders.class,
				operations.stream().map((op) -> new ServerMethod(op, new Object(), this.json.mapper())).toList())
			.overloads(name);
	}

	record Line(String sku, int quantity) {
	}

	interface Orders {

		String place(String customer);

		String place(String customer, int count, List<Line> lines, Optional<String> note);

	}

}
