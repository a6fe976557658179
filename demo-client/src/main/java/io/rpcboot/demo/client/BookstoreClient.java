package io.rpcboot.demo.client;

import io.rpcboot.RpcClient;
import io.rpcboot.demo.api.Bookstore;

/**
 * The remote Bookstore, as a bean. It declares nothing of its own and extends one interface,
 * so the service name is {@code Bookstore}; its URL is {@code rpc.client.services.Bookstore.url}.
 */
@RpcClient
public interface BookstoreClient extends Bookstore {

}
