package io.rpcboot.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import io.rpcboot.server.RpcRejectionFilter;

/** Records on the request that it reached one side of Spring Security's {@code CsrfFilter}. */
final class CsrfCheckpoint implements Filter {

	private final String checkpoint;

	CsrfCheckpoint(String checkpoint) {
		this.checkpoint = checkpoint;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		request.setAttribute(RpcRejectionFilter.CSRF_CHECKPOINT_ATTRIBUTE, this.checkpoint);
		chain.doFilter(request, response);
	}

}
