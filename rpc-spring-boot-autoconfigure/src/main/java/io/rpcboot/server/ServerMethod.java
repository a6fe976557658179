package io.rpcboot.server;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
		this.operation = operation;
		this.bean = bean;
		this.parameterReaders = operation.parameters().stream().map((p) -> mapper.readerFor(p.type())).toList();
		this.resultWriter = operation.isVoid() ? mapper.writer() : mapper.writerFor(operation.resultType());
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
	 * Calls the bean.
	 * @throws Throwable what the method threw, unwrapped
	 */
	@Nullable Object invoke(@Nullable Object[] arguments) throws Throwable {
		try {
			return this.operation.method().invoke(this.bean, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
