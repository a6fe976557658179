package io.rpcboot.server;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.rpcboot.context.IncomingDeadline;
import io.rpcboot.protocol.RpcOperation;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server stub of one operation, prepared at start-up: the target bean, a reader per
 * parameter and a writer for the result, so that a call costs no reflection over types.
 */
final class ServerMethod {

	private final RpcOperation operation;

	private final Object bean;

	private final List<ObjectReader> parameterReaders;

	private final ObjectWriter resultWriter;

	ServerMethod(RpcOperation operation, Object bean, JsonMapper mapper) {
		if (!isCallable(operation.method())) {
			throw new IllegalStateException("RPC method " + operation.qualifiedName() + ": rpcboot cannot call "
					+ operation.method().toGenericString() + "; make " + operation.method().getDeclaringClass().getName()
					+ " public to export it");
		}
		this.operation = operation;
		this.bean = bean;
		this.parameterReaders = operation.parameters().stream().map((p) -> mapper.readerFor(p.type())).toList();
		this.resultWriter = operation.isVoid() ? mapper.writer() : mapper.writerFor(operation.resultType());
	}

	/** Whether {@link #invoke} can call the method, or would fail every call with IllegalAccessException. */
	private static boolean isCallable(Method method) {
		try {
			MethodHandles.lookup().unreflect(method);
			return true;
		}
		catch (IllegalAccessException ex) {
			return false;
		}
	}

	RpcOperation operation() {
		return this.operation;
	}

	ObjectReader parameterReader(int index) {
		return this.parameterReaders.get(index);
	}

	ObjectWriter resultWriter() {
		return this.resultWriter;
	}

	int arity() {
		return this.parameterReaders.size();
	}

	/**
	 * Calls the bean, with the call's deadline as this thread's {@link IncomingDeadline}: the
	 * calls the method makes through an {@code @RpcClient} end no later.
	 * @param deadlineNanos the {@link System#nanoTime()} of the deadline, or -1 for none
	 * @throws Throwable what the method threw, unwrapped
	 */
	@Nullable Object invoke(@Nullable Object[] arguments, long deadlineNanos) throws Throwable {
		try (IncomingDeadline.Scope scope = IncomingDeadline.enter(this.operation.qualifiedName(), deadlineNanos)) {
			return this.operation.method().invoke(this.bean, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
