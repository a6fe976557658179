package io.rpcboot.autoconfigure.scan;

import io.rpcboot.RpcClient;

@RpcClient
public interface Calculator {

	int add(int a, int b);

}
