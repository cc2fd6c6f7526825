package id.kanim.drivethru.infrastructure;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kanim.drivethru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started the way an operator would: {@code java -jar} with {@code --server.port} and
 * {@code --drivethru.embedded-database.data-dir}, on its own embedded PostgreSQL. A booking made before a
 * stop is still there after the next start on the same data folder, and the database server stops with
 * the app.
 */
class ExecutableJarIT {

	@TempDir
	Path work;

	@Test
	void keepsBookingsAcrossARestartOnTheSameDataFolder() throws Exception {
		var dataDir = work.resolve("postgres");
		int port = freePort();
		var api = new Api(port);

		var first = start(port, dataDir, "first");
		String code;
		String date;
		try {
			// Nothing but the status, and the names of the probe groups.
			assertThat(api.get("/actuator/health").body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
			assertThat(api.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
			assertThat(api.get("/actuator/env").status()).as("not public").isIn(302, 401, 403, 404);
			date = firstOpenDay(api);
			var booked = api.book("jambi", Api.booking("RESTART12345", LocalDate.parse(date), "09:00"));
			assertThat(booked.status()).isEqualTo(201);
			code = booked.json().path("code").asString();
		}
		finally {
			stop(first);
		}
		assertThat(dataDir.resolve("postmaster.pid")).as("PostgreSQL stopped with the app").doesNotExist();

		var second = start(port, dataDir, "second");
		try {
			var found = api.get("/api/v1/bookings/" + code + "?applicationNumber=RESTART12345");
			assertThat(found.status()).isEqualTo(200);
			assertThat(found.json().path("date").asString()).isEqualTo(date);
		}
		finally {
			stop(second);
		}
	}

	private static String firstOpenDay(Api api) {
		for (var day : api.get("/api/v1/offices/jambi/availability").json()) {
			if ("OPEN".equals(day.path("status").asString())) {
				return day.path("date").asString();
			}
		}
		throw new AssertionError("No open day at the pilot office");
	}

	private Process start(int port, Path dataDir, String name) throws Exception {
		var jar = Path.of(System.getProperty("drivethru.jar", "target/drivethru-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).exists();
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var log = work.resolve(name + ".log");
		var process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port,
				"--drivethru.embedded-database.data-dir=" + dataDir,
				// This test is about the jar and its data folder; the one-time-code step has tests of its own.
				"--drivethru.verification.required=false")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		var api = new Api(port);
		try {
			Awaitility.await("the app to become healthy")
				.atMost(Duration.ofSeconds(240))
				.pollInterval(Duration.ofMillis(250))
				.failFast("the app stopped during start-up", () -> !process.isAlive())
				.ignoreExceptions()
				.until(() -> api.get("/actuator/health").status() == 200);
			return process;
		}
		catch (RuntimeException ex) {
			process.destroyForcibly();
			throw new AssertionError((process.isAlive() ? "The app did not become healthy:\n"
					: "The app stopped during start-up:\n") + Files.readString(log));
		}
	}

	/** SIGTERM, as a service manager would send; the app shuts down gracefully, PostgreSQL with it. */
	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("The app did not stop within 60 s");
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
