/**
 * The client stub: proxies for @RpcClient interfaces and the runtime that sends their calls.
 */
@NullMarked
package io.rpcboot.client;

import org.jspecify.annotations.NullMarked;
