package id.kanim.drivethru.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committed migrations stay as they were, and new ones come after them: a database that ran a migration keeps
 * that version, so an edited one (this happened once) or one slipped in below the newest makes Flyway refuse to
 * start on every existing installation. The committed list is {@code db/migration-checksums.txt}.
 */
class MigrationHistoryTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern NAME = Pattern.compile("V(\\d+(?:_\\d+)*)__[a-z0-9_]+\\.sql");

	@Test
	void noCommittedMigrationHasChanged() throws IOException {
		var committed = committed();
		assertThat(committed).as("the committed list").isNotEmpty();
		committed.forEach((file, checksum) -> assertThat(checksum(MIGRATIONS.resolve(file)))
			.as(file + " is committed and must not change: write a new migration instead").isEqualTo(checksum));
	}

	@Test
	void everyMigrationIsNamedByItsIssueAndNewOnesComeAfterTheCommittedOnes() throws IOException {
		var committed = committed();
		var newest = committed.keySet().stream().map(MigrationHistoryTest::version)
			.max(MigrationHistoryTest::compare).orElseThrow();
		var versions = new ArrayList<int[]>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (var file : files.map(f -> f.getFileName().toString()).sorted().toList()) {
				assertThat(file).as("V<issue>_<n>__what.sql").matches(NAME);
				var version = version(file);
				assertThat(versions).as(file + ": its version is taken").noneMatch(v -> Arrays.equals(v, version));
				versions.add(version);
				if (!committed.containsKey(file)) {
					assertThat(compare(version, newest)).as(file + " must have a version above every committed one, "
							+ "or databases that ran those would refuse it").isPositive();
				}
			}
		}
	}

	/** File name to checksum, from the committed list. */
	private static Map<String, String> committed() throws IOException {
		var list = new LinkedHashMap<String, String>();
		try (var in = MigrationHistoryTest.class.getResourceAsStream("/db/migration-checksums.txt")) {
			for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					var parts = line.trim().split("\\s+");
					list.put(parts[1], parts[0]);
				}
			}
		}
		return list;
	}

	/** SHA-256 of the text with Unix line ends, so a Windows checkout counts as unchanged (as for Flyway). */
	private static String checksum(Path file) {
		try {
			var text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	private static int[] version(String file) {
		var matcher = NAME.matcher(file);
		assertThat(matcher.matches()).as(file).isTrue();
		return Arrays.stream(matcher.group(1).split("_")).mapToInt(Integer::parseInt).toArray();
	}

	/** Flyway's order: part by part, a missing part counting as 0 (V2 before V2_1 before V3). */
	private static int compare(int[] a, int[] b) {
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = i < a.length ? a[i] : 0;
			int y = i < b.length ? b[i] : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

}
