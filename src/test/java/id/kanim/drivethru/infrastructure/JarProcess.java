package id.kanim.drivethru.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import id.kanim.drivethru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar started with {@code java -jar}, as an operator would, waited on until healthy. */
record JarProcess(Process process, Path log) {

	static JarProcess start(Path work, int port, int dbPort, Path dataDir, String name, String... extra)
			throws Exception {
		var jar = Path.of(System.getProperty("drivethru.jar", "target/drivethru-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).exists();
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// Kept under target/ (not in the test's temporary folder) so a failure can be read afterwards.
		var log = Files.createDirectories(Path.of("target", "it-logs")).resolve(name + "-" + System.currentTimeMillis() + ".log");
		var command = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port,
				"--drivethru.embedded-database.data-dir=" + dataDir,
				"--drivethru.embedded-database.port=" + dbPort,
				// These tests are about the database; the one-time-code step has tests of its own.
				"--drivethru.verification.required=false"));
		command.addAll(List.of(extra));
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		var api = new Api(port);
		try {
			Awaitility.await("the app to become healthy")
				.atMost(Duration.ofSeconds(240))
				.pollInterval(Duration.ofMillis(250))
				.failFast("the app stopped during start-up", () -> !process.isAlive())
				.ignoreExceptions()
				.until(() -> api.get("/actuator/health").status() == 200);
			return new JarProcess(process, log);
		}
		catch (RuntimeException ex) {
			process.destroyForcibly();
			throw new AssertionError((process.isAlive() ? "The app did not become healthy:\n"
					: "The app stopped during start-up:\n") + Files.readString(log));
		}
	}

	/** The time between the first log lines that contain these two texts. */
	Duration between(String from, String to) throws IOException {
		var lines = Files.readAllLines(log);
		return Duration.between(timeOf(lines, from), timeOf(lines, to));
	}

	private static Instant timeOf(List<String> lines, String text) {
		return lines.stream()
			.filter(line -> line.contains(text))
			.findFirst()
			.map(line -> Instant.parse(line.substring(0, line.indexOf(' '))))
			.orElseThrow(() -> new AssertionError("No log line with " + text));
	}

	/** SIGTERM, as a service manager would send; the app shuts down gracefully, PostgreSQL with it. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("The app did not stop within 60 s");
		}
	}

}
