package io.rpcboot.it.security.server;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;

import io.rpcboot.RpcService;
import io.rpcboot.it.security.Vault;

@RpcService
public class VaultService implements Vault {

	private final AtomicInteger calls = new AtomicInteger();

	@Override
	public String whoAmI() {
		this.calls.incrementAndGet();
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public String secret() {
		this.calls.incrementAndGet();
		return "the secret";
	}

	@Override
	public String audit() {
		this.calls.incrementAndGet();
		return "audited";
	}

	@Override
	public int calls() {
		return this.calls.get();
	}

}
