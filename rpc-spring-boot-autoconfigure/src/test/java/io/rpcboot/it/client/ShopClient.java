package io.rpcboot.it.client;

import io.rpcboot.RpcClient;
import io.rpcboot.it.api.Shop;

/** Calls the remote {@code Shop}: the service name comes from the one interface it extends. */
@RpcClient
public interface ShopClient extends Shop {

}
