package io.rpcboot.client.registration;

import java.beans.Introspector;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import io.rpcboot.RpcClient;
import io.rpcboot.client.ClientSpec;
import io.rpcboot.client.RpcClientFactory;

/**
 * Registers one bean definition per client interface, early, so that a client can be
 * injected into any bean by its interface type. The proxy itself is created by the
 * {@link RpcClientFactory} bean when the client is first needed.
 */
public final class RpcClientRegistrations {

	private final BeanDefinitionRegistry registry;

	private final Environment environment;

	private final ResourceLoader resourceLoader;

	public RpcClientRegistrations(BeanDefinitionRegistry registry, Environment environment,
			ResourceLoader resourceLoader) {
		this.registry = registry;
		this.environment = environment;
		this.resourceLoader = resourceLoader;
	}

	/** Finds the {@link RpcClient} interfaces under the packages. */
	public Set<Class<?>> scan(Collection<String> basePackages) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				this.environment) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
			}
		};
		scanner.setResourceLoader(this.resourceLoader);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RpcClient.class, false, true));
		Set<Class<?>> found = new LinkedHashSet<>();
		for (String basePackage : basePackages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), this.resourceLoader.getClassLoader()));
			}
		}
		return found;
	}

	/** Registers a client bean for each interface not registered yet. */
	public void register(Collection<Class<?>> interfaces) {
		for (Class<?> type : interfaces) {
			register(type);
		}
	}

	private <T> void register(Class<T> type) {
		if (!type.isInterface()) {
			throw new IllegalStateException("RPC client " + type.getName() + " must be an interface");
		}
		ClientSpec spec = spec(type);
		String beanName = Introspector.decapitalize(type.getSimpleName());
		if (this.registry.containsBeanDefinition(beanName)) {
			if (type.equals(this.registry.getBeanDefinition(beanName).getResolvableType().resolve())) {
				return;
			}
			beanName = type.getName();
		}
		BeanFactory beanFactory = (BeanFactory) this.registry;
		RootBeanDefinition definition = new RootBeanDefinition(type);
		definition.setInstanceSupplier(() -> beanFactory.getBean(RpcClientFactory.class).create(type, spec));
		definition.setAttribute("rpcClientName", spec.name());
		this.registry.registerBeanDefinition(beanName, definition);
	}

	/** The client and service names: from {@link RpcClient}, else the interface's simple name. */
	static ClientSpec spec(Class<?> type) {
		RpcClient annotation = AnnotationUtils.findAnnotation(type, RpcClient.class);
		if (annotation == null) {
			return new ClientSpec(type.getSimpleName(), type.getSimpleName(), null);
		}
		String service = StringUtils.hasText(annotation.service()) ? annotation.service() : defaultService(type);
		String name = StringUtils.hasText(annotation.name()) ? annotation.name() : service;
		return new ClientSpec(name, service, StringUtils.hasText(annotation.url()) ? annotation.url() : null);
	}

	/** The interface's simple name, or that of the one interface it only extends. */
	private static String defaultService(Class<?> type) {
		if (type.getDeclaredMethods().length == 0 && type.getInterfaces().length == 1) {
			return type.getInterfaces()[0].getSimpleName();
		}
		return type.getSimpleName();
	}

}
