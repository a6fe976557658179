package io.rpcboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application exception for export: thrown by any RPC method, declared in its
 * {@code throws} clause or not, it reaches the caller like a declared one, by class name
 * and message ({@code 422 failed_precondition}, unless {@code @ResponseStatus} or
 * {@code rpc.server.exceptions} say otherwise). Subclasses are exported too. A client whose
 * method declares the same type rethrows it; others get an {@link RpcRemoteException}
 * naming it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RpcExported {

}
