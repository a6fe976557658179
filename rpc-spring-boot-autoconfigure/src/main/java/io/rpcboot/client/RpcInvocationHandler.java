package io.rpcboot.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The proxy behind an {@code @RpcClient} interface: {@code Object} methods and default
 * methods answer locally; every other call goes to its planned {@link ClientMethod}.
 */
final class RpcInvocationHandler implements InvocationHandler {

	private final Map<Method, ClientMethod> methods;

	private final RpcTransport transport;

	private final String description;

	RpcInvocationHandler(Map<Method, ClientMethod> methods, RpcTransport transport, String description) {
		this.methods = methods;
		this.transport = transport;
		this.description = description;
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				case "toString" -> this.description;
				default -> method.invoke(this, args);
			};
		}
		if (method.isDefault()) {
			return InvocationHandler.invokeDefault(proxy, method, args);
		}
		ClientMethod clientMethod = this.methods.get(method);
		if (clientMethod == null) {
			throw new IllegalStateException("No RPC method planned for " + method);
		}
		return clientMethod.operation().async() ? this.transport.callAsync(clientMethod, args)
				: this.transport.call(clientMethod, args);
	}

}
