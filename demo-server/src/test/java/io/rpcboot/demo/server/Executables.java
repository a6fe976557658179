package io.rpcboot.demo.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds programs the tests run (python3, chromium, chromedriver) the way a shell does: on the {@code PATH}. */
final class Executables {

	private Executables() {
	}

	/** The first of these names found in a directory of the {@code PATH}, names tried in order. */
	static Optional<Path> onPath(List<String> names) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return names.stream()
			.flatMap((name) -> Stream.of(path.split(File.pathSeparator))
				.filter((dir) -> !dir.isEmpty())
				.map((dir) -> Path.of(dir, name)))
			.filter(Executables::isExecutableFile)
			.findFirst();
	}

	/** The path an environment variable names, where it is set and names an executable file. */
	static Optional<Path> fromEnvironment(String name) {
		return Optional.ofNullable(System.getenv(name))
			.filter((value) -> !value.isBlank())
			.map(Path::of)
			.filter(Executables::isExecutableFile);
	}

	private static boolean isExecutableFile(Path candidate) {
		return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
	}

}
