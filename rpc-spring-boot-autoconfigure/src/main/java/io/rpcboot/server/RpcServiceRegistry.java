package io.rpcboot.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import io.rpcboot.RpcService;
import io.rpcboot.protocol.RpcInterfaces;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcOperation;
import io.rpcboot.protocol.RpcProtocol;

/**
 * Finds the {@link RpcService} beans once all singletons exist and reads each exported
 * interface into its {@link ServerMethod server methods}. A bad export fails start-up here.
 */
public class RpcServiceRegistry implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(RpcServiceRegistry.class);

	private final ListableBeanFactory beanFactory;

	private final RpcJson json;

	private volatile Map<String, ExportedService> services = Map.of();

	public RpcServiceRegistry(ListableBeanFactory beanFactory, RpcJson json) {
		this.beanFactory = beanFactory;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		RpcInterfaces interfaces = new RpcInterfaces(this.json);
		Map<String, ExportedService> found = new LinkedHashMap<>();
		Map<String, String> beanNames = new LinkedHashMap<>();
		this.beanFactory.getBeansWithAnnotation(RpcService.class).forEach((beanName, bean) -> {
			Class<?> type = AopUtils.getTargetClass(bean);
			RpcService annotation = AnnotatedElementUtils.findMergedAnnotation(type, RpcService.class);
			if (annotation == null) {
				return;
			}
			Class<?> api = exportedInterface(beanName, type, annotation);
			String name = StringUtils.hasText(annotation.name()) ? annotation.name() : api.getSimpleName();
			String other = beanNames.putIfAbsent(name, beanName);
			if (other != null) {
				throw new IllegalStateException("RPC service name '" + name + "' is exported by both bean '" + other
						+ "' and bean '" + beanName + "'; set a distinct @RpcService(name)");
			}
			if (!RpcProtocol.isName(name)) {
				throw new IllegalStateException("RPC service '" + name + "' (bean '" + beanName
						+ "'): a service name is made of Java identifier characters");
			}
			List<ServerMethod> methods = new ArrayList<>();
			for (RpcOperation operation : interfaces.operations(api, name, true)) {
				methods.add(new ServerMethod(operation, bean, this.json.mapper()));
			}
			found.put(name, ExportedService.of(name, api, methods));
			logger.debug("Exported RPC service " + name + " (" + api.getName() + ") from bean '" + beanName + "'");
		});
		this.services = java.util.Collections.unmodifiableMap(found);
	}

	private static Class<?> exportedInterface(String beanName, Class<?> type, RpcService annotation) {
		if (annotation.api() != void.class) {
			if (!annotation.api().isInterface() || !annotation.api().isAssignableFrom(type)) {
				throw new IllegalStateException("@RpcService(api = " + annotation.api().getName() + ") on bean '"
						+ beanName + "': " + type.getName() + " does not implement that interface");
			}
			return annotation.api();
		}
		Set<Class<?>> candidates = ClassUtils.getAllInterfacesForClassAsSet(type);
		candidates.removeIf(RpcServiceRegistry::isInfrastructure);
		if (candidates.size() != 1) {
			throw new IllegalStateException("@RpcService bean '" + beanName + "' (" + type.getName() + ") implements "
					+ (candidates.isEmpty() ? "no interface" : "several interfaces " + names(candidates))
					+ "; an RPC service exports exactly one: name it with @RpcService(api = ...)");
		}
		return candidates.iterator().next();
	}

	private static boolean isInfrastructure(Class<?> type) {
		String name = type.getName();
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")
				|| name.startsWith("org.springframework.") || name.startsWith("groovy.");
	}

	private static List<String> names(Collection<Class<?>> types) {
		return types.stream().map(Class::getName).sorted().toList();
	}

	/** The exported service of that name, or {@code null}. */
	@Nullable ExportedService service(String name) {
		return this.services.get(name);
	}

	/** Every exported operation, by service, wire name and arity. */
	public List<RpcOperation> operations() {
		return this.services.values()
			.stream()
			.sorted(Comparator.comparing(ExportedService::name))
			.flatMap((service) -> service.operations().stream())
			.toList();
	}

	/** Every exported service, with its methods and the counts of their calls. */
	public List<ExportedServiceInfo> exportedServices() {
		return this.services.values().stream().map(ExportedServiceInfo::of).toList();
	}

	/** Every exported service, in a stable order. */
	Collection<ExportedService> services() {
		return this.services.values();
	}

}
