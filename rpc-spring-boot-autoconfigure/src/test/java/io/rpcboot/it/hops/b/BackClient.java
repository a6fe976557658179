package io.rpcboot.it.hops.b;

import io.rpcboot.RpcClient;
import io.rpcboot.it.hops.api.Back;

/** B's client of C. */
@RpcClient
public interface BackClient extends Back {

}
