package io.rpcboot.protocol;

import java.lang.reflect.Method;
import java.util.List;

import tools.jackson.databind.JavaType;

/**
 * One remotely callable method, resolved once: its wire name, its parameters and what it
 * answers. Shared by the client and the server stub.
 * @param service the service name on the wire
 * @param name the method name on the wire
 * @param method the interface method
 * @param parameters the parameters, in declaration order
 * @param resultType what the answer's body binds to (for {@code CompletableFuture<T>}, {@code T})
 * @param async whether the method returns a {@code CompletableFuture}
 */
public record RpcOperation(String service, String name, Method method, List<RpcParameter> parameters,
		JavaType resultType, boolean async) {

	/** Whether the call answers no body. */
	public boolean isVoid() {
		Class<?> raw = this.resultType.getRawClass();
		return raw == void.class || raw == Void.class;
	}

	/** {@code Service.method}, the way every message names an operation. */
	public String qualifiedName() {
		return this.service + "." + this.name;
	}

	/**
	 * One parameter of an operation.
	 * @param index its position, from 0
	 * @param name its name, as compiled with {@code -parameters}
	 * @param type its full generic type
	 */
	public record RpcParameter(int index, String name, JavaType type) {

		public boolean isPrimitive() {
			return this.type.isPrimitive();
		}

		/** {@code argument 1 (b)}, the way every message names an argument. */
		public String describe() {
			return "argument " + this.index + " (" + this.name + ")";
		}

	}

}
