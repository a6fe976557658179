/**
 * The server stub: finds @RpcService beans and answers their calls through one servlet.
 */
@NullMarked
package io.rpcboot.server;

import org.jspecify.annotations.NullMarked;
