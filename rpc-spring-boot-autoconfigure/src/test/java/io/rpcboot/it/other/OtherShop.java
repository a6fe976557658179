package io.rpcboot.it.other;

import java.util.Map;

import io.rpcboot.it.api.DiscontinuedException;

/** A client's own view of the Shop service, written without the shared API. */
public interface OtherShop {

	Map<String, Object> order(String sku, int quantity) throws OutOfStockException;

	String missing();

	/** Declares what the server exports without declaring it. */
	String fail(String kind) throws DiscontinuedException;

}
