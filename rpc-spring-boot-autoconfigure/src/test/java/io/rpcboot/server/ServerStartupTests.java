package io.rpcboot.server;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import io.rpcboot.RpcMethod;
import io.rpcboot.RpcService;
import io.rpcboot.autoconfigure.RpcJsonAutoConfiguration;
import io.rpcboot.autoconfigure.RpcServerAutoConfiguration;
import io.rpcboot.server.hidden.HiddenService;

import static org.assertj.core.api.Assertions.assertThat;

/** What the server stub checks when the application starts: exports, names, overloads and types. */
class ServerStartupTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(JacksonAutoConfiguration.class, RpcJsonAutoConfiguration.class,
					RpcServerAutoConfiguration.class));

	@Test
	void exportsUnderTheInterfaceNameOrTheGivenOne() {
		this.runner.withBean(Calculator.class).withBean(RenamedCalculator.class).run((context) -> {
			RpcServiceRegistry registry = context.getBean(RpcServiceRegistry.class);
			assertThat(registry.service("CalculatorApi").overloads("add")).containsKey(2);
			assertThat(registry.service("Calc").api()).isEqualTo(CalculatorApi.class);
		});
	}

	@Test
	void onlyTheExportedInterfaceIsCallable() {
		this.runner.withBean(Calculator.class).run((context) -> {
			ExportedService service = context.getBean(RpcServiceRegistry.class).service("CalculatorApi");
			assertThat(service.methods()).containsOnlyKeys("add", "negate");
		});
	}

	@Test
	void apiChoosesAmongSeveralInterfaces() {
		this.runner.withBean(ChosenApi.class).run((context) -> assertThat(
				context.getBean(RpcServiceRegistry.class).service("CalculatorApi")).isNotNull());
	}

	@Test
	void severalInterfacesWithoutApiFailStartup() {
		this.runner.withBean(TwoApis.class).run((context) -> failure(context)
			.hasMessageContaining("implements several interfaces")
			.hasMessageContaining(TwoApis.class.getName())
			.hasMessageContaining("@RpcService(api = ...)"));
	}

	@Test
	void sameServiceNameTwiceFailsStartup() {
		this.runner.withBean("one", Calculator.class).withBean("two", Calculator.class).run((context) -> failure(context).hasMessageContaining("'CalculatorApi' is exported by both"));
	}

	@Test
	void interfaceRpcbootCannotCallFailsStartupNamingIt() {
		this.runner.withBean(HiddenService.class).run((context) -> failure(context)
			.hasMessageContaining("RPC method HiddenApi.peek")
			.hasMessageContaining("make io.rpcboot.server.hidden.HiddenApi public"));
	}

	@Test
	void ambiguousOverloadFailsStartupNamingBoth() {
		this.runner.withBean(Ambiguous.class).run((context) -> failure(context)
			.hasMessageContaining("RPC service AmbiguousApi")
			.hasMessageContaining("find(java.lang.String)")
			.hasMessageContaining("find(int)")
			.hasMessageContaining("@RpcMethod(name)"));
	}

	@Test
	void renamedOverloadIsExported() {
		this.runner.withBean(Renamed.class).run((context) -> {
			ExportedService service = context.getBean(RpcServiceRegistry.class).service("RenamedApi");
			assertThat(service.methods()).containsOnlyKeys("find", "findById");
		});
	}

	static List<Arguments> unmarshallable() {
		return List.of(Arguments.of(UnmarshallableServices.StreamService.class, "StreamApi.read", "java.io.InputStream"),
				Arguments.of(UnmarshallableServices.TaskService.class, "TaskApi.run", "java.lang.Runnable"),
				Arguments.of(UnmarshallableServices.ThreadService.class, "ThreadApi.current", "java.lang.Thread"),
				Arguments.of(UnmarshallableServices.ShapeService.class, "ShapeApi.area", "Shape"),
				Arguments.of(UnmarshallableServices.NoCreatorService.class, "NoCreatorApi.use", "NoCreator"),
				Arguments.of(UnmarshallableServices.PolymorphicService.class, "PolymorphicApi.feed", "Animal"),
				Arguments.of(UnmarshallableServices.NestedService.class, "NestedApi.wrap", "Shape"));
	}

	@ParameterizedTest
	@MethodSource("unmarshallable")
	void typeJsonCannotCarryFailsStartupNamingServiceMethodAndType(Class<?> bean, String method, String type) {
		this.runner.withBean(bean).run((context) -> failure(context)
			.hasMessageContaining("RPC method " + method)
			.hasMessageContaining(type)
			.hasMessageContaining("cannot be carried in JSON"));
	}

	@Test
	void dataTypesPassTheCheck() {
		this.runner.withBean(DataService.class).run((context) -> assertThat(context).hasNotFailed());
	}

	private static AbstractThrowableAssert<?, ? extends Throwable> failure(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		return assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()));
	}

	interface CalculatorApi {

		int add(int a, int b);

		int negate(int a);

	}

	@RpcService
	static class Calculator implements CalculatorApi {

		@Override
		public int add(int a, int b) {
			return a + b;
		}

		@Override
		public int negate(int a) {
			return -a;
		}

		public int notExported() {
			return 0;
		}

	}

	@RpcService(name = "Calc")
	static class RenamedCalculator extends Calculator {

	}

	interface Other {

		void other();

	}

	@RpcService
	static class TwoApis extends Calculator implements Other {

		@Override
		public void other() {
		}

	}

	@RpcService(api = CalculatorApi.class)
	static class ChosenApi extends TwoApis {

	}

	interface AmbiguousApi {

		String find(String name);

		String find(int id);

	}

	@RpcService
	static class Ambiguous implements AmbiguousApi {

		@Override
		public String find(String name) {
			return name;
		}

		@Override
		public String find(int id) {
			return "" + id;
		}

	}

	interface RenamedApi {

		String find(String name);

		@RpcMethod(name = "findById")
		String find(int id);

	}

	@RpcService
	static class Renamed implements RenamedApi {

		@Override
		public String find(String name) {
			return name;
		}

		@Override
		public String find(int id) {
			return "" + id;
		}

	}

	record Point(int x, int y) {
	}

	enum Unit {

		CM, INCH

	}

	interface DataApi {

		Map<String, List<Point>> points(List<Point> points, Unit unit, java.util.Optional<String> label,
				java.time.Instant at, Object anything, Number number);

		java.util.concurrent.CompletableFuture<Point> later(int[] values);

	}

	@RpcService
	static class DataService implements DataApi {

		@Override
		public Map<String, List<Point>> points(List<Point> points, Unit unit, java.util.Optional<String> label,
				java.time.Instant at, Object anything, Number number) {
			return Map.of();
		}

		@Override
		public java.util.concurrent.CompletableFuture<Point> later(int[] values) {
			return null;
		}

	}

}
