package io.rpcboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Optional settings of one method of an RPC interface. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RpcMethod {

	/** Method name on the wire; needed when overloads share a name and an arity. */
	String name() default "";

	/** Deadline of a call, as a Spring Boot duration such as {@code "500ms"} or {@code "2s"}. */
	String timeout() default "";

	/** Whether the call has no side effect beyond its first execution, so it may be retried. */
	boolean idempotent() default false;

}
