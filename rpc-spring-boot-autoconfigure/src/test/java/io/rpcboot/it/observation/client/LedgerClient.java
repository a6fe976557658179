package io.rpcboot.it.observation.client;

import io.rpcboot.RpcClient;
import io.rpcboot.it.observation.api.Ledger;

@RpcClient
public interface LedgerClient extends Ledger {

}
