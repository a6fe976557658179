package io.rpcboot.server;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.rpcboot.RpcService;

/** Services whose signatures JSON cannot carry: each must fail the application's start-up. */
final class UnmarshallableServices {

	private UnmarshallableServices() {
	}

	interface StreamApi {

		int read(InputStream in);

	}

	@RpcService
	static class StreamService implements StreamApi {

		@Override
		public int read(InputStream in) {
			return 0;
		}

	}

	interface TaskApi {

		void run(Runnable task);

	}

	@RpcService
	static class TaskService implements TaskApi {

		@Override
		public void run(Runnable task) {
		}

	}

	interface ThreadApi {

		Thread current();

	}

	@RpcService
	static class ThreadService implements ThreadApi {

		@Override
		public Thread current() {
			return Thread.currentThread();
		}

	}

	interface Shape {

		double area();

	}

	interface ShapeApi {

		double area(Shape shape);

	}

	@RpcService
	static class ShapeService implements ShapeApi {

		@Override
		public double area(Shape shape) {
			return shape.area();
		}

	}

	static final class NoCreator {

		private NoCreator(int value, String other) {
		}

	}

	interface NoCreatorApi {

		void use(NoCreator value);

	}

	@RpcService
	static class NoCreatorService implements NoCreatorApi {

		@Override
		public void use(NoCreator value) {
		}

	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
	static class Animal {

		public String name;

	}

	interface PolymorphicApi {

		void feed(List<Animal> animals);

	}

	@RpcService
	static class PolymorphicService implements PolymorphicApi {

		@Override
		public void feed(List<Animal> animals) {
		}

	}

	record Wrapper(String label, Map<String, Shape> shapes) {
	}

	interface NestedApi {

		Wrapper wrap(String label);

	}

	@RpcService
	static class NestedService implements NestedApi {

		@Override
		public Wrapper wrap(String label) {
			return new Wrapper(label, Map.of());
		}

	}

}
