package io.rpcboot.benchmarks.soak.client;

import io.rpcboot.RpcClient;
import io.rpcboot.benchmarks.soak.Ledger;

@RpcClient
public interface LedgerClient extends Ledger {

}
