package io.rpcboot.fuzz;

import java.util.List;

/**
 * What the oracle found wrong with one connection. Each kind fails from a call site of its
 * own, so that the fuzzer, which tells findings apart by their stack, keeps going past a known
 * kind ({@code -Djazzer.keep_going=N}) and still reports every new one.
 */
record Finding(Kind kind, String text) {

	enum Kind {

		HANG, NO_ANSWER, SERVER_ERROR, NOT_HTTP, NOT_PROBLEM, NO_CONTRACT_CODE, WRONG_STATUS,
		RAN_FOR_MALFORMED, SUCCESS_WITHOUT_RUN

	}

	/** Fails with every finding in the message, from the call site of the first one's kind. */
	static void raise(List<Finding> findings, String context) {
		String message = "Findings:\n- " + String.join("\n- ", findings.stream().map(Finding::text).toList())
				+ "\n\n" + context;
		switch (findings.get(0).kind()) {
			case HANG -> hang(message);
			case NO_ANSWER -> noAnswer(message);
			case SERVER_ERROR -> serverError(message);
			case NOT_HTTP -> notHttp(message);
			case NOT_PROBLEM -> notProblem(message);
			case NO_CONTRACT_CODE -> noContractCode(message);
			case WRONG_STATUS -> wrongStatus(message);
			case RAN_FOR_MALFORMED -> ranForMalformed(message);
			case SUCCESS_WITHOUT_RUN -> successWithoutRun(message);
		}
	}

	private static void hang(String message) {
		throw new AssertionError(message);
	}

	private static void noAnswer(String message) {
		throw new AssertionError(message);
	}

	private static void serverError(String message) {
		throw new AssertionError(message);
	}

	private static void notHttp(String message) {
		throw new AssertionError(message);
	}

	private static void notProblem(String message) {
		throw new AssertionError(message);
	}

	private static void noContractCode(String message) {
		throw new AssertionError(message);
	}

	private static void wrongStatus(String message) {
		throw new AssertionError(message);
	}

	private static void ranForMalformed(String message) {
		throw new AssertionError(message);
	}

	private static void successWithoutRun(String message) {
		throw new AssertionError(message);
	}

}
