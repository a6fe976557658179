package io.rpcboot.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.rpcboot.RpcMethod;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** How an interface is read into operations: names, parameters, generic types, results. */
class RpcInterfacesTests {

	private final RpcInterfaces interfaces = new RpcInterfaces(new RpcJson(JsonMapper.builder().build()));

	@Test
	void readsNamesParametersAndFullGenericTypes() {
		RpcOperation search = operation(Catalog.class, "search", 2);
		assertThat(search.qualifiedName()).isEqualTo("Catalog.search");
		assertThat(search.parameters()).extracting(RpcOperation.RpcParameter::name).containsExactly("text", "limit");
		assertThat(search.parameters().get(1).isPrimitive()).isTrue();
		assertThat(search.parameters().get(1).describe()).isEqualTo("argument 1 (limit)");
		assertThat(search.resultType().toCanonical()).isEqualTo("java.util.Map<java.lang.String,java.util.List<"
				+ Catalog.Entry.class.getName() + ">>");
		assertThat(search.async()).isFalse();
	}

	@Test
	void overloadsDifferByArityOrWireName() {
		assertThat(this.interfaces.operations(Catalog.class, "Catalog", false))
			.extracting((op) -> op.name() + "/" + op.parameters().size())
			.containsExactlyInAnyOrder("search/1", "search/2", "byId/1", "later/0", "clear/0", "maybe/1");
	}

	@Test
	void completableFutureAnswersItsValueType() {
		RpcOperation later = operation(Catalog.class, "later", 0);
		assertThat(later.async()).isTrue();
		assertThat(later.resultType().toCanonical()).isEqualTo("java.util.List<java.lang.String>");
		assertThat(operation(Catalog.class, "clear", 0).isVoid()).isTrue();
	}

	@Test
	void typeVariablesResolveAgainstTheInterface() {
		RpcOperation get = operation(Users.class, "get", 1);
		assertThat(get.resultType().getRawClass()).isEqualTo(User.class);
		RpcOperation saveAll = operation(Users.class, "saveAll", 1);
		assertThat(saveAll.parameters().get(0).type().toCanonical())
			.isEqualTo("java.util.List<" + User.class.getName() + ">");
	}

	@Test
	void defaultMethodsAreRemoteOnlyOnTheServer() {
		assertThat(this.interfaces.operations(Users.class, "Users", false)).extracting(RpcOperation::name)
			.doesNotContain("first");
		assertThat(this.interfaces.operations(Users.class, "Users", true)).extracting(RpcOperation::name)
			.contains("first");
	}

	@Test
	void otherFuturesAreRefused() {
		assertThatIllegalStateException().isThrownBy(() -> this.interfaces.operations(Futures.class, "Futures", false))
			.withMessageContaining("RPC method Futures.")
			.withMessageContaining("return CompletableFuture<T>");
	}

	@Test
	void classesAreNotInterfaces() {
		assertThatIllegalStateException().isThrownBy(() -> this.interfaces.operations(String.class, "S", false))
			.withMessageContaining("is not an interface");
	}

	private RpcOperation operation(Class<?> api, String name, int arity) {
		return this.interfaces.operations(api, api.getSimpleName(), false)
			.stream()
			.filter((op) -> op.name().equals(name) && op.parameters().size() == arity)
			.findFirst()
			.orElseThrow();
	}

	interface Catalog {

		record Entry(String id, double price) {
		}

		List<Entry> search(String text);

		Map<String, List<Entry>> search(String text, int limit);

		@RpcMethod(name = "byId")
		Entry search(long id);

		CompletableFuture<List<String>> later();

		void clear();

		Optional<Entry> maybe(Optional<String> id);

	}

	record User(String name) {
	}

	interface Repository<T> {

		T get(String id);

		void saveAll(List<T> items);

	}

	interface Users extends Repository<User> {

		default User first() {
			return get("1");
		}

	}

	interface Futures {

		Future<String> plain();

		CompletionStage<String> stage();

	}

}
