package io.rpcboot.it.other;

import java.util.Map;

/** A client's own view of the Shop service, written without the shared API. */
public interface OtherShop {

	Map<String, Object> order(String sku, int quantity) throws OutOfStockException;

	String missing();

}
