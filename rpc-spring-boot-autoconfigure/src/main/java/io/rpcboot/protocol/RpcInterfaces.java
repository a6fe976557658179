package io.rpcboot.protocol;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

import org.springframework.core.GenericTypeResolver;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

import io.rpcboot.RpcMethod;
import tools.jackson.databind.JavaType;

/**
 * Reads an RPC interface once into its {@link RpcOperation operations}, and fails with a
 * message naming the service, method and type for anything the wire cannot carry.
 */
public final class RpcInterfaces {

	private final RpcJson json;

	public RpcInterfaces(RpcJson json) {
		this.json = json;
	}

	/**
	 * The remote operations of an interface: its abstract methods, or all its non-static
	 * methods where {@code includeDefaults} (a server also exports default methods).
	 * @throws IllegalStateException for an ambiguous overload or a type JSON cannot carry
	 */
	public List<RpcOperation> operations(Class<?> api, String service, boolean includeDefaults) {
		if (!api.isInterface()) {
			throw new IllegalStateException("RPC service " + service + ": " + api.getName() + " is not an interface");
		}
		List<Method> methods = Arrays.stream(api.getMethods())
				.filter((method) -> !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic())
				// toString, equals and hashCode stay local even where an interface redeclares them
				.filter((method) -> !ReflectionUtils.isObjectMethod(method))
				.filter((method) -> includeDefaults || !method.isDefault())
				.sorted(Comparator.comparing(Method::toGenericString))
				.toList();
		List<RpcOperation> operations = new ArrayList<>(methods.size());
		Map<String, RpcOperation> byNameAndArity = new HashMap<>();
		for (Method method : methods) {
			RpcOperation operation = operation(api, service, method);
			String key = operation.name() + "/" + operation.parameters().size();
			RpcOperation clash = byNameAndArity.putIfAbsent(key, operation);
			if (clash != null) {
				throw new IllegalStateException("RPC service " + service + ": methods " + clash.method().toGenericString()
						+ " and " + method.toGenericString() + " share the wire name '" + operation.name()
						+ "' and " + operation.parameters().size()
						+ " parameters; give one of them a distinct @RpcMethod(name)");
			}
			operations.add(operation);
		}
		return List.copyOf(operations);
	}

	private RpcOperation operation(Class<?> api, String service, Method method) {
		String name = wireName(method);
		String where = service + "." + name;
		if (!RpcProtocol.NAME.matcher(name).matches()) {
			throw new IllegalStateException("RPC method " + where + ": '" + name + "' is not a valid wire name");
		}
		Parameter[] parameters = method.getParameters();
		List<RpcOperation.RpcParameter> rpcParameters = new ArrayList<>(parameters.length);
		for (int i = 0; i < parameters.length; i++) {
			Type type = GenericTypeResolver.resolveType(method.getGenericParameterTypes()[i], api);
			String parameterName = parameters[i].getName();
			String what = "RPC method " + where + ", parameter " + i + " (" + parameterName + ")";
			rpcParameters.add(new RpcOperation.RpcParameter(i, parameterName, this.json.checkedType(type, what)));
		}
		Type returnType = GenericTypeResolver.resolveType(method.getGenericReturnType(), api);
		boolean async = method.getReturnType() == CompletableFuture.class;
		JavaType resultType = this.json.mapper().constructType(returnType);
		if (async) {
			resultType = resultType.containedTypeOrUnknown(0);
		}
		else if (Future.class.isAssignableFrom(method.getReturnType())
				|| CompletionStage.class.isAssignableFrom(method.getReturnType())) {
			throw new IllegalStateException("RPC method " + where + ": return type " + returnType.getTypeName()
					+ " is not supported; return CompletableFuture<T> for an asynchronous call");
		}
		if (resultType.getRawClass() != void.class && resultType.getRawClass() != Void.class) {
			this.json.checkedType(resultType, "RPC method " + where + ", return type");
		}
		return new RpcOperation(service, name, method, List.copyOf(rpcParameters), resultType, async);
	}

	/** The method's name on the wire: {@code @RpcMethod(name)}, else the Java name. */
	public static String wireName(Method method) {
		RpcMethod annotation = AnnotationUtils.findAnnotation(method, RpcMethod.class);
		return (annotation != null && StringUtils.hasText(annotation.name())) ? annotation.name() : method.getName();
	}

}
