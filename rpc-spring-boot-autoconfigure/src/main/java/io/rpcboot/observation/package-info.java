/**
 * Micrometer observations of RPC calls: {@code rpc.client} around each call a client proxy
 * makes, {@code rpc.server} around each call the server stub resolves, their contexts, the
 * conventions that name and tag them, and the counts of calls by outcome.
 */
@NullMarked
package io.rpcboot.observation;

import org.jspecify.annotations.NullMarked;
