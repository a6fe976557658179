package io.rpcboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import io.rpcboot.client.registration.RpcClientsRegistrar;

/**
 * Chooses where {@link RpcClient} interfaces are found, instead of the application's
 * auto-configuration packages. Without attributes, scans the package of the annotated class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(RpcClientsRegistrar.class)
public @interface EnableRpcClients {

	/** Packages to scan for {@link RpcClient} interfaces. */
	String[] basePackages() default {};

	/** Type-safe alternative to {@link #basePackages()}: the package of each class is scanned. */
	Class<?>[] basePackageClasses() default {};

	/**
	 * Interfaces to register as clients, annotated or not. Where set, nothing is scanned
	 * unless packages are named too; the client and service name default to the simple name.
	 */
	Class<?>[] clients() default {};

}
