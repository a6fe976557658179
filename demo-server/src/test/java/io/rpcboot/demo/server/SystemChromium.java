package io.rpcboot.demo.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where this machine's Chromium and chromedriver are: {@code CHROME_BIN} and {@code SE_CHROMEDRIVER}
 * (Selenium's own variable) when set, else {@code chromium} (or {@code chromium-browser},
 * {@code google-chrome}) and {@code chromedriver} on the {@code PATH}. Nothing is downloaded: on Debian,
 * {@code apt-get install chromium chromium-driver} provides both.
 */
record SystemChromium(Path browser, Path driver) {

	private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
			"google-chrome-stable");

	static Optional<SystemChromium> find() {
		Optional<Path> browser = fromEnvironment("CHROME_BIN").or(() -> onPath(BROWSER_NAMES));
		Optional<Path> driver = fromEnvironment("SE_CHROMEDRIVER").or(() -> onPath(List.of("chromedriver")));
		return browser.flatMap((b) -> driver.map((d) -> new SystemChromium(b, d)));
	}

	/** Why {@link #find()} found nothing, for the skipped test's message. */
	static String whyMissing() {
		return "no Chromium and chromedriver here (looked at CHROME_BIN, SE_CHROMEDRIVER, then " + BROWSER_NAMES
				+ " and chromedriver on the PATH); on Debian: apt-get install chromium chromium-driver";
	}

	private static Optional<Path> fromEnvironment(String name) {
		return Optional.ofNullable(System.getenv(name))
			.filter((value) -> !value.isBlank())
			.map(Path::of)
			.filter(Files::isExecutable);
	}

	static Optional<Path> onPath(List<String> names) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return names.stream()
			.flatMap((name) -> Stream.of(path.split(File.pathSeparator))
				.filter((dir) -> !dir.isEmpty())
				.map((dir) -> Path.of(dir, name)))
			.filter((candidate) -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
			.findFirst();
	}

}
