package io.rpcboot.loadbalancer.client;

import io.rpcboot.RpcClient;
import io.rpcboot.loadbalancer.api.Stock;

/** Every instance of {@code stock} that Spring Cloud LoadBalancer knows, as one client. */
@RpcClient(name = "stock", url = "lb://stock")
public interface StockClient extends Stock {

}
