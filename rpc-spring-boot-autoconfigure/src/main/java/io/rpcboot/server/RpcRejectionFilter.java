package io.rpcboot.server;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

import io.rpcboot.protocol.RpcProtocol;

/**
 * Answers as a problem a call that a filter in front of the RPC endpoint rejected: Spring
 * Security's entry points and access-denied handlers end a request with {@code sendError} or
 * a bare error status, which would otherwise take the container's error dispatch or leave an
 * empty body. It names a CSRF rejection, and the line that exempts the RPC path, where
 * {@code io.rpcboot.security.CsrfCheckpoints} marked the request. Registered on {@code {rpc.server.path}/*}
 * ahead of every filter that can reject a call, it keeps the rejection's status and headers
 * ({@code WWW-Authenticate} included) and adds the body the protocol promises; the call's
 * own body is never read. Needs no Spring Security: it sees only statuses.
 */
public class RpcRejectionFilter extends OncePerRequestFilter {

	/**
	 * Request attribute naming the last CSRF checkpoint a request passed: {@link #CSRF_REACHED}
	 * right before Spring Security's {@code CsrfFilter}, {@link #CSRF_PASSED} right after it.
	 */
	public static final String CSRF_CHECKPOINT_ATTRIBUTE = RpcRejectionFilter.class.getName() + ".csrf";

	/** The request reached Spring Security's {@code CsrfFilter}. */
	public static final String CSRF_REACHED = "reached";

	/** The request passed Spring Security's {@code CsrfFilter}. */
	public static final String CSRF_PASSED = "passed";

	private final ResponseWriter writer = ResponseWriter.forProblems();

	private final String basePath;

	/** @param basePath the value of {@code rpc.server.path}, without a trailing slash */
	public RpcRejectionFilter(String basePath) {
		this.basePath = basePath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Rejection rejection = new Rejection(response);
		chain.doFilter(request, rejection);
		if (request.isAsyncStarted() || response.isCommitted() || !rejection.isBodyless()) {
			return; // the endpoint answered, or is answering, or a filter wrote its own body
		}
		int status = rejection.getStatus();
		if (status >= 400) {
			try {
				this.writer.writeFailure(response, failure(request, status));
			}
			catch (IOException ex) {
				// the caller went away: nothing is left to tell it
			}
		}
	}

	private RpcFailure failure(HttpServletRequest request, int status) {
		String target = target(request);
		String detail = switch (status) {
			case 401 -> target + ": authentication required; the call did not run";
			case 403 -> CSRF_REACHED.equals(request.getAttribute(CSRF_CHECKPOINT_ATTRIBUTE)) ? csrf(target)
					: target + ": permission denied; the call did not run";
			default -> target + ": rejected with status " + status + " before the call ran";
		};
		return RpcFailure.ofStatus(status, detail);
	}

	/** {@code Service.method} where the path names one, else the request's method and path. */
	private String target(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String prefix = request.getContextPath() + this.basePath + "/";
		String target = uri.startsWith(prefix) ? RpcProtocol.targetName(uri.substring(prefix.length())) : null;
		return (target != null) ? target : request.getMethod() + " " + uri;
	}

	private String csrf(String target) {
		return target + ": rejected by Spring Security's CSRF protection (no valid CSRF token); the call did not run."
				+ " RPC calls carry no CSRF token: exempt the RPC path with"
				+ " http.csrf((csrf) -> csrf.ignoringRequestMatchers(\"" + this.basePath + "/**\"))."
				+ " That is safe: rpcboot runs only requests with a JSON Content-Type, which a browser"
				+ " cannot send cross-site without a CORS preflight";
	}

	/**
	 * The response as the filters behind this one see it: a {@code sendError} sets the status
	 * and commits (as far as they can tell) without an error page; whether anything was written is
	 * remembered.
	 */
	private static final class Rejection extends HttpServletResponseWrapper {

		private boolean errorSent;

		private boolean bodyStarted;

		Rejection(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status, String message) {
			sendError(status);
		}

		@Override
		public void sendError(int status) {
			if (isCommitted()) {
				throw new IllegalStateException("Cannot send an error: the response is committed");
			}
			setStatus(status);
			this.errorSent = true;
		}

		@Override
		public boolean isCommitted() {
			return this.errorSent || super.isCommitted();
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyStarted = true;
			return super.getWriter();
		}

		/** Whether the response holds no body: an error sent, or a status set and nothing written. */
		boolean isBodyless() {
			return this.errorSent || !this.bodyStarted;
		}

	}

}
