package io.rpcboot.benchmarks.peers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One cell of the table: a row, an operation and a number of callers, measured over one window. */
record Result(String row, String op, int callers, long calls, double seconds, double p50Ms, double p99Ms,
		long errors, double clientCpuUs, double serverCpuUs, String firstError) {

	/** Linux's USER_HZ: {@code /proc/<pid>/stat} counts CPU time in hundredths of a second. */
	private static final double MICROS_PER_TICK = 10_000;

	static Result parse(String line) {
		String[] f = line.split("\t");
		long calls = Long.parseLong(f[4]);
		double seconds = Long.parseLong(f[5]) / 1e9;
		long perCall = Math.max(calls, 1);
		return new Result(f[1], f[2], Integer.parseInt(f[3]), calls, seconds,
				Long.parseLong(f[6]) / 1e6, Long.parseLong(f[7]) / 1e6, Long.parseLong(f[8]),
				Long.parseLong(f[9]) * MICROS_PER_TICK / perCall, Long.parseLong(f[10]) * MICROS_PER_TICK / perCall,
				f.length > 11 ? f[11] : "-");
	}

	/** For each row, operation and callers measured several times, the result with the median calls/s. */
	static List<Result> medians(List<Result> results) {
		Map<String, List<Result>> cells = new LinkedHashMap<>();
		for (Result result : results) {
			cells.computeIfAbsent(result.row() + " " + result.op() + " " + result.callers(), (key) -> new ArrayList<>())
				.add(result);
		}
		List<Result> medians = new ArrayList<>();
		for (List<Result> cell : cells.values()) {
			cell.sort(Comparator.comparingDouble(Result::rate));
			medians.add(cell.get(cell.size() / 2));
		}
		return medians;
	}

	double rate() {
		return this.calls / this.seconds;
	}

	double cpuUs() {
		return this.clientCpuUs + this.serverCpuUs;
	}

}
