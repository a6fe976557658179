package io.rpcboot.demo.server;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.rpcboot.RpcService;

/** The warehouse: each delivery takes about 3 s, unless its caller's deadline stops it first. */
@RpcService
public class WarehouseService implements Warehouse {

	private static final Log logger = LogFactory.getLog(WarehouseService.class);

	@Override
	public int deliver(String isbn, int quantity) {
		long start = System.nanoTime();
		try {
			Thread.sleep(3000);
			return quantity;
		}
		catch (InterruptedException ex) {
			// the deadline of the very first call (demo-client's restock) passed: no one waits for this delivery
			Thread.currentThread().interrupt();
			logger.warn("Warehouse.deliver(" + isbn + ", " + quantity + ") stopped after "
					+ (System.nanoTime() - start) / 1_000_000 + " ms: its caller's deadline passed");
			throw new IllegalStateException("delivery stopped: the caller's deadline passed");
		}
	}

}
