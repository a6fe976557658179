/**
 * {@code lb://} client URLs: each attempt of a call goes to an instance that Spring Cloud
 * LoadBalancer chooses, and a call that may be resent fails over to another instance.
 */
@NullMarked
package io.rpcboot.loadbalancer;

import org.jspecify.annotations.NullMarked;
