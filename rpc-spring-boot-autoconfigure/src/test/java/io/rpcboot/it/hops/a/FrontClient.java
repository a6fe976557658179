package io.rpcboot.it.hops.a;

import io.rpcboot.RpcClient;
import io.rpcboot.it.hops.api.Front;

/** A's client of B. */
@RpcClient
public interface FrontClient extends Front {

}
