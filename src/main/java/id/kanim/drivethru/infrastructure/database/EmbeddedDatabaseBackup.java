package id.kanim.drivethru.infrastructure.database;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Takes an online backup of the embedded database: a consistent copy of its data folder plus the WAL needed to
 * make it consistent, in one zip file, the way {@code pg_basebackup} does it (PostgreSQL's low-level backup API:
 * {@code pg_backup_start}, copy the files, {@code pg_backup_stop}, write its backup label into the copy).
 *
 * <p>Why not {@code pg_dump -Fc}: the PostgreSQL binaries shipped as Maven artifacts (zonky's) hold only
 * {@code initdb}, {@code pg_ctl} and {@code postgres}; no artifact on Maven Central ships a {@code pg_dump} of our
 * server's major version, and the app must need nothing but a JDK. A base backup needs no extra binary, restores
 * exactly (every table, sequence and index) and is restored by unpacking it into an empty folder and starting the
 * app on it: PostgreSQL replays the WAL in the copy on its first start.
 *
 * <p>Safe with several instances on one database: only the holder of an advisory lock backs up; the others skip.
 * A temporary replication slot keeps the server from recycling WAL the copy still needs.
 */
public class EmbeddedDatabaseBackup {

	static final String FILE_PREFIX = "drivethru-";

	static final String FILE_SUFFIX = ".zip";

	/** Advisory lock key: "drivethru backup" in one number. */
	private static final long LOCK_KEY = 0x0d71_7e5b_ac0b_0001L;

	/** Contents that PostgreSQL rebuilds or must not get from a copy (see the docs of pg_basebackup). */
	private static final Set<String> SKIPPED_CONTENTS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			"backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old");

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBackup.class);

	private final EmbeddedPostgresServer server;

	private final BackupProperties properties;

	public EmbeddedDatabaseBackup(EmbeddedPostgresServer server, BackupProperties properties) {
		this.server = server;
		this.properties = properties;
	}

	@Scheduled(cron = "${drivethru.backup.cron:0 30 1 * * *}")
	void nightly() {
		try {
			backUp().ifPresent(file -> log.info("Backup of the embedded database written to {}", file));
		}
		catch (IOException | SQLException | RuntimeException ex) {
			log.error("The backup of the embedded database failed: {}", ex.toString());
		}
	}

	/** Takes a backup now; empty when another instance is taking one. */
	public Optional<Path> backUp() throws IOException, SQLException {
		var folder = properties.folder().toAbsolutePath().normalize();
		Files.createDirectories(folder);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
				var statement = connection.createStatement()) {
			try (var locked = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
				locked.next();
				if (!locked.getBoolean(1)) {
					log.info("Another instance is backing up the database; skipped");
					return Optional.empty();
				}
			}
			statement.execute("set statement_timeout = 0");
			statement.execute("select pg_create_physical_replication_slot('drivethru_backup_' || pg_backend_pid(), true, true)");
			String firstSegment;
			try (var started = statement.executeQuery("select pg_walfile_name(pg_backup_start('drivethru', true))")) {
				started.next();
				firstSegment = started.getString(1);
			}
			var name = FILE_PREFIX + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
					+ FILE_SUFFIX;
			var part = folder.resolve(name + ".part");
			try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
				copyDataFolder(zip);
				try (var stopped = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
					stopped.next();
					add(zip, "backup_label", stopped.getString(1));
					var tablespaceMap = stopped.getString(2);
					if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
						add(zip, "tablespace_map", tablespaceMap);
					}
				}
				copyWal(zip, firstSegment);
			}
			catch (IOException | SQLException | RuntimeException ex) {
				Files.deleteIfExists(part);
				throw ex;
			}
			try (var channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			var file = folder.resolve(name);
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			deleteOldBackups(folder);
			return Optional.of(file);
		}
	}

	private void copyDataFolder(ZipOutputStream zip) throws IOException {
		var dataDir = server.dataDir();
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(dataDir)) {
			paths = walk.filter(path -> !path.equals(dataDir)).sorted().toList();
		}
		for (var path : paths) {
			var relative = dataDir.relativize(path);
			var top = relative.getName(0).toString();
			if (relative.getNameCount() > 1 && SKIPPED_CONTENTS.contains(top)) {
				continue;
			}
			var fileName = relative.getFileName().toString();
			if (SKIPPED_FILES.contains(fileName) || fileName.startsWith("pgsql_tmp") || fileName.endsWith(".new")) {
				continue;
			}
			addPath(zip, path, entryName(relative));
		}
	}

	/** The WAL from the backup's start on: without it the copy is not consistent. */
	private void copyWal(ZipOutputStream zip, String firstSegment) throws IOException {
		var wal = server.dataDir().resolve("pg_wal");
		List<Path> segments;
		try (Stream<Path> files = Files.list(wal)) {
			segments = files.filter(Files::isRegularFile)
				.filter(f -> {
					var name = f.getFileName().toString();
					return name.endsWith(".history") || (name.length() == 24 && name.compareTo(firstSegment) >= 0);
				})
				.sorted()
				.toList();
		}
		for (var segment : segments) {
			addPath(zip, segment, "pg_wal/" + segment.getFileName());
		}
	}

	private static void addPath(ZipOutputStream zip, Path path, String name) throws IOException {
		try {
			if (Files.isDirectory(path)) {
				zip.putNextEntry(new ZipEntry(name + "/"));
				zip.closeEntry();
				return;
			}
			try (InputStream in = Files.newInputStream(path)) {
				zip.putNextEntry(new ZipEntry(name));
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
		catch (NoSuchFileException ex) {
			// Removed while we copied (a dropped table's file): the WAL replay accounts for it.
		}
	}

	private static void add(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private void deleteOldBackups(Path folder) throws IOException {
		List<Path> backups;
		try (Stream<Path> files = Files.list(folder)) {
			backups = files.filter(f -> f.getFileName().toString().startsWith(FILE_PREFIX)
					&& f.getFileName().toString().endsWith(FILE_SUFFIX))
				.sorted(Comparator.comparing(Path::getFileName).reversed())
				.toList();
		}
		for (var old : backups.stream().skip(Math.max(1, properties.keep())).toList()) {
			Files.deleteIfExists(old);
			log.info("Deleted old backup {}", old);
		}
	}

	private static String entryName(Path relative) {
		return relative.toString().replace('\\', '/');
	}

	/**
	 * Unpacks a backup into an empty (or new) data folder: what {@code jar xf} or {@code unzip} do by hand. The
	 * app started on the folder then finishes the restore itself.
	 */
	public static void restore(Path backup, Path emptyDataDir) throws IOException {
		Files.createDirectories(emptyDataDir);
		try (Stream<Path> existing = Files.list(emptyDataDir)) {
			if (existing.findAny().isPresent()) {
				throw new IOException("Restore only into an empty folder, not " + emptyDataDir);
			}
		}
		var root = emptyDataDir.toAbsolutePath().normalize();
		try (var zip = new ZipInputStream(Files.newInputStream(backup))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				var target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root)) {
					throw new IOException("Unexpected entry " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					try (OutputStream out = Files.newOutputStream(target)) {
						zip.transferTo(out);
					}
				}
			}
		}
	}

}
