package io.rpcboot.client.registration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

import io.rpcboot.EnableRpcClients;

/**
 * Registers the clients chosen by {@link EnableRpcClients}, and marks that the choice was
 * made so that the auto-configured scan of the application's packages backs off.
 */
public class RpcClientsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, ResourceLoaderAware {

	private Environment environment;

	private ResourceLoader resourceLoader;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		AnnotationAttributes attributes = AnnotationAttributes
			.fromMap(metadata.getAnnotationAttributes(EnableRpcClients.class.getName(), false));
		if (attributes == null) {
			return;
		}
		Set<String> packages = new LinkedHashSet<>(Arrays.asList(attributes.getStringArray("basePackages")));
		for (Class<?> type : attributes.getClassArray("basePackageClasses")) {
			packages.add(ClassUtils.getPackageName(type));
		}
		Class<?>[] explicit = attributes.getClassArray("clients");
		if (packages.isEmpty() && explicit.length == 0) {
			packages.add(ClassUtils.getPackageName(metadata.getClassName()));
		}
		RpcClientRegistrations registrations = new RpcClientRegistrations(registry, this.environment,
				this.resourceLoader);
		List<Class<?>> clients = new ArrayList<>(Arrays.asList(explicit));
		clients.addAll(registrations.scan(packages));
		registrations.register(clients);
		if (!registry.containsBeanDefinition(Marker.BEAN_NAME)) {
			registry.registerBeanDefinition(Marker.BEAN_NAME, new RootBeanDefinition(Marker.class));
		}
	}

	/** Present where {@link EnableRpcClients} chose the clients. */
	public static final class Marker {

		static final String BEAN_NAME = "io.rpcboot.client.registration.RpcClientsRegistrar.Marker";

	}

}
