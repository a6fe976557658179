package io.rpcboot.it.numbers.client;

import io.rpcboot.RpcClient;
import io.rpcboot.it.numbers.api.Numbers;

/** Calls the remote {@code Numbers}. */
@RpcClient
public interface NumbersClient extends Numbers {

}
