package io.rpcboot.benchmarks.soak;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

/**
 * What a soak run does, from its command line: {@code --duration=30m} (or {@code --quick}
 * for 2.5 minutes), {@code --callers=64}, {@code --kills=2}, {@code --results=DIR}.
 */
record SoakSettings(Duration duration, int callers, int kills, Path results) {

	static final Duration QUICK = Duration.ofSeconds(150);

	static SoakSettings parse(String... args) {
		Duration duration = Duration.ofMinutes(30);
		int callers = 64;
		int kills = 2;
		Path results = Path.of("results");
		for (String arg : args) {
			String value = arg.substring(arg.indexOf('=') + 1);
			if (arg.equals("--quick")) {
				duration = QUICK;
			}
			else if (arg.startsWith("--duration=")) {
				duration = DurationStyle.detectAndParse(value);
			}
			else if (arg.startsWith("--callers=")) {
				callers = Integer.parseInt(value);
			}
			else if (arg.startsWith("--kills=")) {
				kills = Integer.parseInt(value);
			}
			else if (arg.startsWith("--results=")) {
				results = Path.of(value);
			}
			else if (!arg.isBlank()) {
				throw new IllegalArgumentException("Unknown argument '" + arg
						+ "'; use --duration=30m|--quick, --callers=64, --kills=2, --results=DIR");
			}
		}
		return new SoakSettings(duration, callers, kills, results);
	}

	/** The moment, from the start of the load, of kill number {@code n} (1-based): evenly spread. */
	Duration killAt(int n) {
		return this.duration.multipliedBy(n).dividedBy(this.kills + 1);
	}

}
