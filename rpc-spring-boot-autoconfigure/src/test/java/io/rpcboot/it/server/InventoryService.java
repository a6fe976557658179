package io.rpcboot.it.server;

import org.springframework.validation.annotation.Validated;

import io.rpcboot.RpcService;
import io.rpcboot.it.api.Inventory;

/** Exported under another name, and proxied by method validation. */
@RpcService("Stock")
@Validated
public class InventoryService implements Inventory {

	@Override
	public int reserve(int quantity) {
		return quantity;
	}

}
