package io.rpcboot.benchmarks.client;

import io.rpcboot.RpcClient;
import io.rpcboot.benchmarks.Echo;

@RpcClient
public interface EchoClient extends Echo {

}
