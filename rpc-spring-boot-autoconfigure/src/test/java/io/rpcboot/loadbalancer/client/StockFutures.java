package io.rpcboot.loadbalancer.client;

import java.util.concurrent.CompletableFuture;

import io.rpcboot.RpcClient;
import io.rpcboot.RpcMethod;
import io.rpcboot.loadbalancer.api.Stock.Count;

/** The same instances of {@code stock}, called through futures. */
@RpcClient(name = "stock", service = "Stock", url = "lb://stock")
public interface StockFutures {

	@RpcMethod(idempotent = true)
	CompletableFuture<Count> count(int n);

	CompletableFuture<Count> take(int n, long millis);

}
