package io.rpcboot.fuzz.server;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records each request the container dispatches, before any other filter: what it was, and,
 * through a wrapper of its body, whether reading the body failed. An error dispatch marks the
 * exchange it came from.
 */
final class ExchangeRecorder implements Filter {

	private static final String EXCHANGE = ExchangeRecorder.class.getName() + ".exchange";

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			if (request.getAttribute(EXCHANGE) instanceof Exchange exchange) {
				exchange.markErrorDispatched();
			}
			else { // the container refused the request before any filter ran (such as a path under /WEB-INF)
				record(request, (HttpServletResponse) response, "(error page of "
						+ request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ")").markErrorDispatched();
			}
			chain.doFilter(request, response);
			return;
		}
		Exchange exchange = record(request, (HttpServletResponse) response,
				request.getHttpServletMapping().getServletName());
		Exchanges.enter(exchange);
		try {
			chain.doFilter(new BodyWatchingRequest(request, exchange), response);
		}
		finally {
			Exchanges.leave();
		}
	}

	private static Exchange record(HttpServletRequest request, HttpServletResponse response, String servlet) {
		List<String> timeouts = Collections.list(request.getHeaders("Rpc-Timeout-Ms"));
		Exchange exchange = new Exchange(request.getMethod(), request.getProtocol(), request.getRequestURI(), servlet,
				request.getContentType(), timeouts);
		Exchanges.add(request.getRemotePort(), exchange);
		request.setAttribute(EXCHANGE, exchange);
		response.setHeader(Exchange.HEADER, exchange.id());
		return exchange;
	}

	private static final class BodyWatchingRequest extends HttpServletRequestWrapper {

		private final Exchange exchange;

		private BodyWatchingRequest(HttpServletRequest request, Exchange exchange) {
			super(request);
			this.exchange = exchange;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			return new WatchedInputStream(super.getInputStream(), this.exchange);
		}

	}

	private static final class WatchedInputStream extends ServletInputStream {

		private final ServletInputStream body;

		private final Exchange exchange;

		private WatchedInputStream(ServletInputStream body, Exchange exchange) {
			this.body = body;
			this.exchange = exchange;
		}

		@Override
		public int read() throws IOException {
			try {
				return this.body.read();
			}
			catch (IOException ex) {
				this.exchange.markBodyReadFailed();
				throw ex;
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return this.body.read(buffer, offset, length);
			}
			catch (IOException ex) {
				this.exchange.markBodyReadFailed();
				throw ex;
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
