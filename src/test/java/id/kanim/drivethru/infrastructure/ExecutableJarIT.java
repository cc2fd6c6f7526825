package id.kanim.drivethru.infrastructure;

import java.nio.file.Path;
import java.time.LocalDate;

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
		int port = EmbeddedDatabaseCrashIT.freePort();
		var api = new Api(port);

		var first = JarProcess.start(work, port, 0, dataDir, "jar-first");
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
			first.stop();
		}
		assertThat(dataDir.resolve("postmaster.pid")).as("PostgreSQL stopped with the app").doesNotExist();

		var second = JarProcess.start(work, port, 0, dataDir, "jar-second");
		try {
			var found = api.get("/api/v1/bookings/" + code + "?applicationNumber=RESTART12345");
			assertThat(found.status()).isEqualTo(200);
			assertThat(found.json().path("date").asString()).isEqualTo(date);
		}
		finally {
			second.stop();
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

}
