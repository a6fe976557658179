package io.rpcboot.benchmarks.peers;

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

	double rate() {
		return this.calls / this.seconds;
	}

	double cpuUs() {
		return this.clientCpuUs + this.serverCpuUs;
	}

}
