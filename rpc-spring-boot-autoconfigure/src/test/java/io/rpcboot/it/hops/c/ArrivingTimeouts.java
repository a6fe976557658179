package io.rpcboot.it.hops.c;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import io.rpcboot.protocol.RpcProtocol;

/** Notes the {@code Rpc-Timeout-Ms} each request arrives with ("none" where it has none). */
@Component
public class ArrivingTimeouts implements Filter {

	private final BlockingQueue<String> timeouts = new LinkedBlockingQueue<>();

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String timeout = ((HttpServletRequest) request).getHeader(RpcProtocol.TIMEOUT_HEADER);
		this.timeouts.add((timeout != null) ? timeout : "none");
		chain.doFilter(request, response);
	}

	public BlockingQueue<String> timeouts() {
		return this.timeouts;
	}

}
