package io.rpcboot.it.security.client;

import io.rpcboot.RpcClient;
import io.rpcboot.it.security.Vault;

@RpcClient
public interface VaultClient extends Vault {

}
