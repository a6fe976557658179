package io.rpcboot.it.api;

import jakarta.validation.constraints.Min;

/** A second service, validated: a constraint violation answers invalid_argument. */
public interface Inventory {

	int reserve(@Min(1) int quantity);

}
