package id.kanim.drivethru.infrastructure.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server as the app starts it: durable, locked down, and started again when it dies.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path work;

	@Test
	void writesEveryCommitToDiskAndAsksEveryoneForAPassword() throws Exception {
		try (var server = start(work.resolve("pg"))) {
			try (var connection = connect(server)) {
				assertThat(show(connection, "fsync")).isEqualTo("on");
				assertThat(show(connection, "full_page_writes")).isEqualTo("on");
				assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
				assertThat(show(connection, "listen_addresses")).isEqualTo("localhost");
				assertThat(show(connection, "unix_socket_directories")).isEmpty();
				assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
			}
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.as("no password").isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
				.as("wrong password").isInstanceOf(SQLException.class);
			assertThat(Files.readString(server.dataDir().resolve("pg_hba.conf"))).doesNotContain("trust")
				.contains("scram-sha-256");
			assertOwnerOnly(server.dataDir().resolve(EmbeddedPostgresServer.PASSWORD_FILE));
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDir())))
				.isEqualTo("rwx------");
		}
	}

	@Test
	void keepsItsPasswordAcrossRestarts() throws Exception {
		var dataDir = work.resolve("pg");
		String password;
		try (var server = start(dataDir)) {
			password = server.password();
			try (var connection = connect(server); var statement = connection.createStatement()) {
				statement.execute("create table kept (id int); insert into kept values (42)");
			}
		}
		try (var server = start(dataDir); var connection = connect(server); var statement = connection.createStatement();
				var rows = statement.executeQuery("select id from kept")) {
			assertThat(server.password()).isEqualTo(password);
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(42);
		}
	}

	/** What a first start killed (kill -9) after initdb and before it moved the password into the folder leaves. */
	@Test
	void startsAFolderWhoseFirstStartWasKilledRightAfterInitdb() throws Exception {
		var dataDir = work.resolve("pg");
		var waiting = work.resolve("pg" + EmbeddedPostgresServer.INITDB_PASSWORD_SUFFIX);
		String password;
		try (var server = start(dataDir)) {
			password = server.password();
		}
		assertThat(waiting).doesNotExist();
		Files.move(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE), waiting);

		try (var server = start(dataDir); var connection = connect(server)) {
			assertThat(server.password()).isEqualTo(password);
			assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
		}
		assertOwnerOnly(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE));
		assertThat(waiting).doesNotExist();
	}

	/** A data folder made by the previous version trusted every local user and had no password. */
	@Test
	void locksDownAFolderMadeByTheOldVersion() throws Exception {
		var dataDir = work.resolve("old");
		try (var old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
				var connection = old.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create table kept (id int); insert into kept values (7)");
		}
		assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).as("the old folder").contains("trust");

		try (var server = start(dataDir)) {
			assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
			assertOwnerOnly(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE));
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(SQLException.class);
			try (var connection = connect(server); var statement = connection.createStatement();
					var rows = statement.executeQuery("select id from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(7);
			}
		}
		try (var again = start(dataDir); var connection = connect(again)) {
			assertThat(connection.isValid(2)).as("the stored password works after the next start").isTrue();
		}
	}

	@Test
	void startsTheServerAgainWhenItIsKilled() throws Exception {
		try (var server = start(work.resolve("pg"))) {
			try (var connection = connect(server); var statement = connection.createStatement()) {
				statement.execute("create table kept (id int); insert into kept values (1)");
			}
			var postmaster = ProcessHandle.of(postmasterPid(server)).orElseThrow();
			postmaster.destroyForcibly();
			postmaster.onExit().get();

			Awaitility.await("the watchdog to start the server again")
				.atMost(Duration.ofSeconds(45))
				.pollInterval(Duration.ofMillis(200))
				.ignoreExceptions()
				.until(() -> {
					try (var connection = connect(server); var statement = connection.createStatement();
							var rows = statement.executeQuery("select count(*) from kept")) {
						return rows.next() && rows.getInt(1) == 1;
					}
				});
			assertThat(postmasterPid(server)).isNotEqualTo(postmaster.pid());
		}
	}

	static long postmasterPid(EmbeddedPostgresServer server) throws Exception {
		return Long.parseLong(Files.readAllLines(server.dataDir().resolve("postmaster.pid")).get(0).strip());
	}

	private static EmbeddedPostgresServer start(Path dataDir) throws Exception {
		return new EmbeddedPostgresServer(new EmbeddedDatabaseProperties(true, dataDir, 0, Duration.ofSeconds(30),
				Map.of(), Duration.ofMillis(200), Duration.ofSeconds(5)))
			.start();
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery("show " + setting)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static void assertOwnerOnly(Path file) throws Exception {
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

}
