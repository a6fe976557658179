package io.rpcboot.openapi;

import java.io.IOException;

import io.swagger.v3.core.util.Json31;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers {@code GET {rpc.server.path}/openapi.json} with the OpenAPI 3.1 document of the
 * exported operations, rendered once.
 */
public class OpenApiDocumentServlet extends HttpServlet {

	private final RpcOpenApi openApi;

	private volatile byte[] rendered;

	public OpenApiDocumentServlet(RpcOpenApi openApi) {
		this.openApi = openApi;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] body = render(request.getContextPath());
		response.setContentType("application/json");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private byte[] render(String contextPath) throws IOException {
		byte[] body = this.rendered;
		if (body == null) {
			body = Json31.mapper().writeValueAsBytes(this.openApi.document(contextPath));
			this.rendered = body;
		}
		return body;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			super.service(request, response);
			return;
		}
		response.setHeader("Allow", "GET");
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the OpenAPI document answers GET only");
	}

}
