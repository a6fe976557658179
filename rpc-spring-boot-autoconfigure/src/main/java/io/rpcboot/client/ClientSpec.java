package io.rpcboot.client;

import org.jspecify.annotations.Nullable;

/**
 * What registration knows of one client interface.
 * @param name the client's key under {@code rpc.client.services}
 * @param service the remote service name
 * @param url the base URL from {@code @RpcClient(url)}, unresolved, or {@code null}
 */
public record ClientSpec(String name, String service, @Nullable String url) {
}
