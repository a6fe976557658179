package io.rpcboot.benchmarks.peers.floor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import tools.jackson.databind.json.JsonMapper;

import io.rpcboot.benchmarks.peers.Items;

/**
 * The {@code floor} row's server: a bare servlet in a plain embedded Tomcat (no Spring), answering
 * {@code POST /rpc/Peer/echo} with the object inside the request's one-element array and
 * {@code POST /rpc/Peer/bulk} with the JSON of {@code n} records, encoded once per {@code n}:
 * the bytes rpcboot's server answers, with no parsing and no binding.
 */
public final class FloorServer {

	private FloorServer() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Tomcat tomcat = new Tomcat();
		tomcat.setBaseDir(Files.createTempDirectory("floor").toString());
		Connector connector = new Connector();
		connector.setPort(port);
		connector.setProperty("address", "127.0.0.1");
		tomcat.getService().addConnector(connector);
		tomcat.setConnector(connector);
		Context context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "floor", new FloorServlet());
		context.addServletMappingDecoded("/rpc/Peer/*", "floor");
		tomcat.start();
		tomcat.getServer().await();
	}

	static final class FloorServlet extends HttpServlet {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final Map<Integer, byte[]> lists = new ConcurrentHashMap<>();

		@Override
		protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
			byte[] body = request.getInputStream().readAllBytes();
			byte[] answer;
			if (request.getRequestURI().endsWith("/echo")) {
				answer = Arrays.copyOfRange(body, 1, body.length - 1); // [{...}] -> {...}
			}
			else {
				int n = Integer.parseInt(new String(body, 1, body.length - 2, StandardCharsets.US_ASCII));
				answer = this.lists.computeIfAbsent(n, (size) -> JSON.writeValueAsBytes(Items.list(size)));
			}
			response.setStatus(200);
			response.setContentType("application/json");
			response.setContentLength(answer.length);
			response.getOutputStream().write(answer);
		}

	}

}
