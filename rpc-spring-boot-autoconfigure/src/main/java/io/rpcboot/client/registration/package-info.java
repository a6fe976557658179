/**
 * Registers a bean definition per client interface, from scanning or @EnableRpcClients.
 */
@NullMarked
package io.rpcboot.client.registration;

import org.jspecify.annotations.NullMarked;
