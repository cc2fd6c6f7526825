package id.kanim.drivethru.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.TestOffices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's restore, done as written: the app's scheduled backup, unpacked with the JDK's {@code jar xf} into a
 * fresh folder, and the packaged jar started on it has every booking.
 */
class BackupRestoreIT {

	@TempDir
	Path work;

	@Test
	void restoresTheNightlyBackupIntoAFreshFolderWithEveryBooking() throws Exception {
		var dataDir = work.resolve("postgres");
		var backups = work.resolve("backups");
		int port = EmbeddedDatabaseCrashIT.freePort();
		int dbPort = EmbeddedDatabaseCrashIT.freePort();
		var api = new Api(port);
		var confirmed = new ConcurrentLinkedQueue<String[]>();
		Path backup;
		// A backup every 5 seconds instead of every night, so the test need not wait for 01:30.
		var app = JarProcess.start(work, port, dbPort, dataDir, "backed-up", "--drivethru.backup.folder=" + backups,
				"--drivethru.backup.cron=*/5 * * * * *", "--drivethru.backup.keep=2");
		try {
			var slots = EmbeddedDatabaseCrashIT.openSlots(api);
			for (int i = 0; i < 5; i++) {
				var slot = slots.get(i % slots.size());
				var number = TestOffices.applicationNumber();
				var booked = api.book("jambi", Api.booking(number, LocalDate.parse(slot[0]), slot[1]));
				assertThat(booked.status()).isEqualTo(201);
				confirmed.add(new String[] { booked.json().path("code").asString(), number });
			}
			var lastBooking = FileTime.from(Instant.now());
			Awaitility.await("a backup taken after the last booking").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> newest(backups).filter(f -> modified(f).compareTo(lastBooking) > 0).isPresent());
			backup = newest(backups).orElseThrow();
		}
		finally {
			app.stop();
		}
		try (Stream<Path> files = Files.list(backups)) {
			assertThat(files.filter(f -> f.toString().endsWith(".zip")).count()).as("retention").isLessThanOrEqualTo(2);
		}

		var restored = Files.createDirectory(work.resolve("restored"));
		var jarTool = Path.of(System.getProperty("java.home"), "bin", "jar").toString();
		var unpack = new ProcessBuilder(jarTool, "xf", backup.toString()).directory(restored.toFile())
			.redirectErrorStream(true)
			.start();
		assertThat(unpack.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(unpack.exitValue()).isZero();

		var again = JarProcess.start(work, port, dbPort, restored, "restored");
		try {
			EmbeddedDatabaseCrashIT.assertEveryConfirmedBookingIsThere(api, confirmed);
			EmbeddedDatabaseCrashIT.assertCountersEqualRows(restored, dbPort);
		}
		finally {
			again.stop();
		}
	}

	private static java.util.Optional<Path> newest(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return java.util.Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> zips = new ArrayList<>(files.filter(f -> f.toString().endsWith(".zip")).toList());
			return zips.stream().max(Comparator.comparing(BackupRestoreIT::modified));
		}
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (java.io.IOException ex) {
			return FileTime.fromMillis(0);
		}
	}

}
