package io.rpcboot.server;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.rpcboot.protocol.RpcProtocol;

/**
 * Answers the container's error dispatch for an RPC path with a problem, where Boot's
 * {@code /error} page would answer its own JSON or HTML. Such a dispatch follows a
 * {@code sendError} that neither rpcboot's servlet nor a filter behind {@link RpcRejectionFilter}
 * can make: Tomcat makes it itself when a body cannot be read (a caller that cut its upload,
 * broken chunked framing), and so may a filter ordered ahead of rpcboot's. Response headers
 * set before, such as {@code WWW-Authenticate}, are kept.
 */
public class RpcErrorDispatchFilter extends OncePerRequestFilter {

	private final String rpcPath;

	private final ResponseWriter writer = ResponseWriter.forProblems();

	/** @param rpcPath {@code rpc.server.path}, without a trailing slash */
	public RpcErrorDispatchFilter(String rpcPath) {
		this.rpcPath = rpcPath;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = (request.getDispatcherType() == DispatcherType.ERROR)
				? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
		if (uri == null || !uri.startsWith(request.getContextPath() + this.rpcPath + "/")) {
			chain.doFilter(request, response);
			return;
		}
		try {
			this.writer.writeFailure(response, failure(request, uri));
		}
		catch (IOException ex) {
			// the caller went away (it may have cut its own upload): nothing is left to tell it
		}
	}

	private RpcFailure failure(HttpServletRequest request, String uri) {
		Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (statusAttribute instanceof Integer value) ? value : 500;
		String target = RpcProtocol.targetName(uri.substring(request.getContextPath().length() + this.rpcPath.length() + 1));
		return RpcFailure.ofStatus(status, ((target != null) ? target : uri) + ": " + reason(request, status));
	}

	private static String reason(HttpServletRequest request, int status) {
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (exception instanceof IOException ex) {
			return "the request could not be read whole ("
					+ ((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName()) + ")";
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (message instanceof String text && !text.isBlank()) {
			return text;
		}
		@Nullable HttpStatus known = HttpStatus.resolve(status);
		return "rejected before the call ran (" + ((known != null) ? known.getReasonPhrase() : "HTTP " + status) + ")";
	}

}
