package io.rpcboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Exports a bean as an RPC service: every method of its exported interface becomes
 * {@code POST {rpc.server.path}/{service}/{method}}. Nothing else of the class is callable.
 *
 * <pre class="code">
 * &#64;RpcService
 * class CalculatorImpl implements Calculator { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface RpcService {

	/** Alias for {@link #name()}. */
	@AliasFor("name")
	String value() default "";

	/** Service name on the wire; defaults to the simple name of the exported interface. */
	@AliasFor("value")
	String name() default "";

	/** Interface to export; needed only when the class implements several. */
	Class<?> api() default void.class;

}
