package io.rpcboot.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import io.rpcboot.RpcCode;
import io.rpcboot.fuzz.Finding.Kind;
import io.rpcboot.fuzz.RawConnection.Outcome;
import io.rpcboot.fuzz.server.Exchange;
import io.rpcboot.protocol.RpcProtocol;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges what the server did with one connection's bytes, against the contract. A finding is
 * any 5xx other than the method's own, any error from rpcboot that is not problem+json with a
 * contract code and its status, any connection not answered and closed within the bound, any
 * method run for a malformed request. (A request that the container dispatches to its error
 * page, where it cannot read a body, must still be answered with a problem.)
 */
final class WireOracle {

	/** The statuses each code may travel with. */
	private static final Map<String, Set<Integer>> STATUSES = Map.of(
			"invalid_argument", Set.of(400, 415),
			"unauthenticated", Set.of(401),
			"permission_denied", Set.of(403),
			"unimplemented", Set.of(404, 405),
			"failed_precondition", Set.of(422),
			"resource_exhausted", Set.of(413, 429),
			"internal", Set.of(500),
			"unavailable", Set.of(503),
			"deadline_exceeded", Set.of(504));

	private static final JsonMapper json = JsonMapper.builder().build();

	private WireOracle() {
	}

	static List<Finding> judge(Outcome outcome, List<Exchange> exchanges, Duration bound) {
		List<Finding> findings = new ArrayList<>();
		if (!outcome.closedInTime()) {
			findings.add(new Finding(Kind.HANG, "hang: the connection was neither answered in full nor closed within "
					+ bound.toMillis() + " ms of the last byte sent"));
		}
		Map<String, Exchange> byId = new LinkedHashMap<>();
		exchanges.forEach((exchange) -> byId.put(exchange.id(), exchange));
		Set<String> heads = exchanges.stream()
			.filter((exchange) -> "HEAD".equals(exchange.method()))
			.map(Exchange::id)
			.collect(Collectors.toSet());
		RawResponse.Parsed parsed = RawResponse.parseAll(outcome.received(), heads);
		Set<String> answered = new HashSet<>();
		for (RawResponse response : parsed.responses()) {
			String id = response.header(Exchange.HEADER);
			Exchange exchange = (id != null) ? byId.get(id) : null;
			if (exchange == null) { // the container's own answer: no request reached a filter
				int status = response.status();
				if (!(status >= 400 && status < 500) && status != 501 && status != 505) {
					findings.add(new Finding(Kind.SERVER_ERROR,
							"the container's own answer, no request reached the application: " + response));
				}
				continue;
			}
			answered.add(id);
			String where = "request [" + exchange + "]: ";
			if (exchange.reachedRpc()) {
				checkRpcAnswer(exchange, response, where, findings);
			}
			else if (response.status() >= 500 && !exchange.uri().startsWith("/error")) {
				findings.add(new Finding(Kind.SERVER_ERROR,
						where + "answered " + response.statusLine() + " outside rpcboot"));
			}
		}
		for (Exchange exchange : exchanges) {
			String where = "request [" + exchange + "]: ";
			if (exchange.reachedRpc()) {
				checkShape(exchange, where, findings);
			}
			if (exchange.reachedRpc() && !answered.contains(exchange.id()) && !exchange.bodyReadFailed()
					&& outcome.closedInTime() && exchange.protocol().startsWith("HTTP/1.")) {
				findings.add((parsed.unreadable() != null)
						? new Finding(Kind.NOT_HTTP, where + "answered with bytes that are no HTTP answer: "
								+ parsed.unreadable())
						: new Finding(Kind.NO_ANSWER, where + "no answer, though its body was read whole"));
			}
		}
		return findings;
	}

	/** A method ran: the request must have been well formed. */
	private static void checkShape(Exchange exchange, String where, List<Finding> findings) {
		if (exchange.invoked() == null) {
			return;
		}
		String ran = where + "ran " + exchange.invoked() + " for a request ";
		if (!"POST".equals(exchange.method())) {
			findings.add(new Finding(Kind.RAN_FOR_MALFORMED, ran + "that is a " + exchange.method()));
		}
		if (!isJson(exchange.contentType())) {
			String contentType = (exchange.contentType() != null) ? "'" + exchange.contentType() + "'" : "missing";
			findings.add(new Finding(Kind.RAN_FOR_MALFORMED, ran + "whose Content-Type is " + contentType));
		}
		List<String> timeouts = exchange.timeouts();
		if (timeouts.size() > 1 || (timeouts.size() == 1 && RpcProtocol.parseTimeout(timeouts.get(0)) <= 0)) {
			findings.add(new Finding(Kind.RAN_FOR_MALFORMED, ran + "whose Rpc-Timeout-Ms is " + timeouts));
		}
	}

	private static void checkRpcAnswer(Exchange exchange, RawResponse response, String where,
			List<Finding> findings) {
		int status = response.status();
		where = where + "answered " + response + ": ";
		if (status >= 200 && status < 300) {
			if (exchange.invoked() == null) {
				findings.add(new Finding(Kind.SUCCESS_WITHOUT_RUN, where + "a success, though no method ran"));
			}
			else if (status == 200 && !String.valueOf(response.header("Content-Type")).startsWith("application/json")) {
				findings.add(new Finding(Kind.NOT_PROBLEM, where + "a result that is not application/json"));
			}
			return;
		}
		String contentType = response.header("Content-Type");
		if (contentType == null || !contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			findings.add(new Finding(Kind.NOT_PROBLEM, where + "an answer that is not application/problem+json"));
			return;
		}
		if ("HEAD".equals(exchange.method())) {
			if (status != 404 && status != 405) {
				findings.add(new Finding(Kind.WRONG_STATUS, where + "a HEAD answered " + status + ", not 404 or 405"));
			}
			return; // no body to read the code from
		}
		JsonNode problem;
		try {
			problem = json.readTree(response.body());
		}
		catch (JacksonException ex) {
			findings.add(new Finding(Kind.NOT_PROBLEM, where + "a problem body that is not JSON"));
			return;
		}
		String code = (problem.get("code") != null && problem.get("code").isString()) ? problem.get("code").stringValue()
				: null;
		if (code == null || !STATUSES.containsKey(code)) {
			findings.add(new Finding(Kind.NO_CONTRACT_CODE, where + "a problem without a contract code"));
			return;
		}
		if (!STATUSES.get(code).contains(status) || problem.path("status").asInt() != status) {
			findings.add(new Finding(Kind.WRONG_STATUS, where + "code " + code + " with status " + status));
		}
		RpcCode own = exchange.ownFailure();
		boolean deadline = "deadline_exceeded".equals(code) && !exchange.timeouts().isEmpty();
		if (exchange.invoked() != null && !deadline && (own == null || !own.wireName().equals(code))) {
			findings.add(new Finding(Kind.RAN_FOR_MALFORMED,
					where + exchange.invoked() + " ran, and yet the call failed " + code));
		}
		if (status >= 500 && !deadline && own != RpcCode.INTERNAL) {
			findings.add(new Finding(Kind.SERVER_ERROR, where + "a " + status + " that the method did not cause"));
		}
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return false;
		}
		try {
			return RpcProtocol.isJson(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException | IndexOutOfBoundsException ex) { // Spring's parser, on a quoted type
			return false;
		}
	}

}
