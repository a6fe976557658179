package io.rpcboot.demo.server;

/**
 * The demo's second service: the warehouse that {@link BookstoreService#restock} asks for
 * books. It is exported by this same app and called through {@link WarehouseClient}, over
 * HTTP, as if it ran elsewhere: the hop shows a deadline travelling on from call to call.
 */
public interface Warehouse {

	/** Slow (about 3 s): longer than any deadline the demo gives restock. */
	int deliver(String isbn, int quantity);

}
