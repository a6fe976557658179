package io.rpcboot.demo.server;

import io.rpcboot.RpcClient;

/**
 * The warehouse as {@link BookstoreService} calls it: over HTTP, at
 * {@code rpc.client.services.Warehouse.url}. A call made while a Bookstore call runs ends no
 * later than that call's deadline, whatever its own timeout.
 */
@RpcClient
public interface WarehouseClient extends Warehouse {

}
