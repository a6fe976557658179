package io.rpcboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;

/**
 * Marks an interface whose calls go to a remote {@link RpcService}: the starter registers a
 * proxy bean for it. Its endpoint is configured under {@code rpc.client.services.<name>}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RpcClient {

	/** Alias for {@link #name()}. */
	@AliasFor("name")
	String value() default "";

	/** Client's key under {@code rpc.client.services}; defaults to the service name. */
	@AliasFor("value")
	String name() default "";

	/**
	 * Remote service name; defaults to the simple name of the interface or, where it declares
	 * no methods of its own and extends exactly one interface, the simple name of that one.
	 */
	String service() default "";

	/** Base URL of the server (placeholders allowed); overrides {@code rpc.client.services.<name>.url}. */
	String url() default "";

}
