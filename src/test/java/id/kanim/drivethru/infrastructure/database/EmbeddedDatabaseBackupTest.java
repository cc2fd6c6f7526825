package id.kanim.drivethru.infrastructure.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken while the database is being written to restores into a fresh folder with every row committed
 * before it began and a consistent state; old backups are pruned; a second instance skips while one backs up.
 */
class EmbeddedDatabaseBackupTest {

	@TempDir
	Path work;

	@Test
	void restoresIntoAFreshFolderWithEveryRowCommittedBeforeTheBackupUnderWrites() throws Exception {
		var backups = work.resolve("backups");
		Path file;
		int committedBefore;
		try (var server = start(work.resolve("pg"))) {
			try (var connection = connect(server); var statement = connection.createStatement()) {
				statement.execute("create table booking_copy (id serial primary key, code text not null)");
			}
			var committed = new AtomicInteger();
			var writing = new AtomicBoolean(true);
			var writer = Executors.newSingleThreadExecutor();
			var firstWrites = new CountDownLatch(50);
			writer.submit(() -> {
				try (var connection = connect(server); var insert = connection.prepareStatement(
						"insert into booking_copy (code) values (?)")) {
					while (writing.get()) {
						insert.setString(1, "B" + committed.get());
						insert.executeUpdate();
						committed.incrementAndGet();
						firstWrites.countDown();
					}
				}
				return null;
			});
			assertThat(firstWrites.await(60, TimeUnit.SECONDS)).isTrue();
			committedBefore = committed.get();
			file = new EmbeddedDatabaseBackup(server, new BackupProperties(true, backups, "-", 3)).backUp().orElseThrow();
			writing.set(false);
			writer.shutdown();
			assertThat(writer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}

		var restored = work.resolve("restored");
		EmbeddedDatabaseBackup.restore(file, restored);
		try (var server = start(restored); var connection = connect(server); var statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*), max(id) from booking_copy")) {
			rows.next();
			assertThat(rows.getInt(1)).as("rows committed before the backup began").isGreaterThanOrEqualTo(committedBefore);
			assertThat(rows.getInt(2)).as("one writer, one row per commit: a consistent copy has no gaps")
				.isEqualTo(rows.getInt(1));
		}
	}

	@Test
	void keepsOnlyTheNewestBackups() throws Exception {
		var backups = work.resolve("backups");
		try (var server = start(work.resolve("pg"))) {
			var backup = new EmbeddedDatabaseBackup(server, new BackupProperties(true, backups, "-", 2));
			for (int i = 0; i < 3; i++) {
				backup.backUp().orElseThrow();
				Thread.sleep(1100); // file names carry the second
			}
		}
		try (var files = Files.list(backups)) {
			assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(2)
				.allMatch(name -> name.startsWith("drivethru-") && name.endsWith(".zip"));
		}
	}

	@Test
	void skipsWhileAnotherInstanceHoldsTheBackupLock() throws Exception {
		try (var server = start(work.resolve("pg")); var other = connect(server); var statement = other.createStatement()) {
			statement.execute("select pg_advisory_lock(" + 0x0d71_7e5b_ac0b_0001L + ")");
			var backup = new EmbeddedDatabaseBackup(server, new BackupProperties(true, work.resolve("backups"), "-", 2));

			assertThat(backup.backUp()).isEmpty();
		}
	}

	private static EmbeddedPostgresServer start(Path dataDir) throws Exception {
		return new EmbeddedPostgresServer(new EmbeddedDatabaseProperties(true, dataDir, 0, Duration.ofSeconds(60),
				Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(5)))
			.start();
	}

	private static Connection connect(EmbeddedPostgresServer server) throws Exception {
		return DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
	}

}
