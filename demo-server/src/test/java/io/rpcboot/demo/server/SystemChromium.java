package io.rpcboot.demo.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
		Optional<Path> browser = Executables.fromEnvironment("CHROME_BIN")
			.or(() -> Executables.onPath(BROWSER_NAMES));
		Optional<Path> driver = Executables.fromEnvironment("SE_CHROMEDRIVER")
			.or(() -> Executables.onPath(List.of("chromedriver")));
		return browser.flatMap((found) -> driver.map((matching) -> new SystemChromium(found, matching)));
	}

	/** Why {@link #find()} found nothing, for the skipped test's message. */
	static String whyMissing() {
		return "no Chromium and chromedriver here (looked at CHROME_BIN, SE_CHROMEDRIVER, then " + BROWSER_NAMES
				+ " and chromedriver on the PATH); on Debian: apt-get install chromium chromium-driver";
	}

}
