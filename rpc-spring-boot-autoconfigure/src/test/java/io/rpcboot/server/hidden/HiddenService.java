package io.rpcboot.server.hidden;

import io.rpcboot.RpcService;

/** A public bean whose exported interface is not public: rpcboot could never call it. */
@RpcService
public class HiddenService implements HiddenApi {

	@Override
	public String peek() {
		return "seen";
	}

}

interface HiddenApi {

	String peek();

}
