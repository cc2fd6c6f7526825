package id.kanim.drivethru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table has one owning module, and only that module names it in SQL: other modules ask the owner
 * (a query method, an event). {@link ModularityTests} sees Java types only; a table named in another
 * module's SQL string would be a dependency it cannot see. The owners are declared once, here; every table
 * the migrations create must have one.
 */
class TableOwnershipTests {

	/** Table → the module (top-level package under {@code id.kanim.drivethru}) that owns it. */
	static final Map<String, String> OWNERS = Map.ofEntries(
			Map.entry("office", "office"),
			Map.entry("service_day", "capacity"),
			Map.entry("slot", "capacity"),
			Map.entry("booking", "booking"),
			Map.entry("waiting_entry", "booking"),
			Map.entry("unmet_demand", "booking"),
			Map.entry("booking_reminder", "notification"),
			Map.entry("booking_event", "counter"),
			Map.entry("capacity_change", "planning"),
			Map.entry("passport_ready", "readiness"),
			Map.entry("staff_account", "staff"),
			Map.entry("login_failure", "staff"),
			Map.entry("staff_change", "staff"),
			Map.entry("phone_verification", "verification"),
			Map.entry("api_key", "verification"),
			Map.entry("outbox_message", "messaging"),
			Map.entry("rate_limit_hit", "infrastructure"),
			Map.entry("install_secret", "infrastructure"),
			Map.entry("spring_session", "infrastructure"),
			Map.entry("spring_session_attributes", "infrastructure"));

	private static final Path MAIN = Path.of("src/main/java/id/kanim/drivethru");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** A string that reads as SQL: a statement keyword as a word. */
	private static final Pattern SQL = Pattern.compile("(?is)\\b(select|insert|update|delete|with|truncate)\\b");

	/** The name after a keyword that introduces a table. */
	private static final Pattern TABLE_AFTER_KEYWORD = Pattern
		.compile("(?i)\\b(?:from|join|update|into|table|using)\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern JPA_REPOSITORY = Pattern.compile("\\b(?:Jpa|Crud|ListCrud)?Repository<(\\w+)\\s*,");

	@Test
	void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
		var created = new TreeSet<String>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.filter(p -> p.toString().endsWith(".sql")).forEach(p -> {
				var matcher = CREATE_TABLE.matcher(read(p));
				while (matcher.find()) {
					created.add(matcher.group(1).toLowerCase());
				}
			});
		}
		assertThat(created).isNotEmpty();
		assertThat(OWNERS.keySet()).containsAll(created);
	}

	@Test
	void noModuleNamesAnotherModulesTableInSql() throws IOException {
		var violations = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
				var module = moduleOf(file);
				for (var table : foreignTables(module, read(file))) {
					violations.add(MAIN.relativize(file) + " names " + table + " (owned by " + OWNERS.get(table) + ")");
				}
			});
		}
		assertThat(violations).isEmpty();
	}

	/** A second repository of another module's entity would let a module write that module's table. */
	@Test
	void repositoriesOnlyManageTheirOwnModulesEntities() throws IOException {
		var violations = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
				var matcher = JPA_REPOSITORY.matcher(read(file));
				while (matcher.find()) {
					var entity = matcher.group(1);
					try (Stream<Path> own = Files.walk(MAIN.resolve(moduleOf(file)))) {
						if (own.noneMatch(p -> p.getFileName().toString().equals(entity + ".java"))) {
							violations.add(MAIN.relativize(file) + " is a repository of " + entity);
						}
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
		}
		assertThat(violations).isEmpty();
	}

	// The checker itself must be able to fail: planted violations.

	@Test
	void findsAnotherModulesTableInATextBlock() {
		var source = "class Jobs {\n  String sql = \"\"\"\n      update booking b set status = 'NO_SHOW'\n"
				+ "      from office o where o.id = b.office_id\"\"\";\n}";
		assertThat(foreignTables("counter", source)).containsExactlyInAnyOrder("booking", "office");
	}

	@Test
	void findsAnotherModulesTableInAStringAndASubquery() {
		var source = "var r = jdbc.sql(\"select quota - booked from service_day where id = :d\");\n"
				+ "var s = \"insert into booking_reminder (booking_id) select id from booking where id = :id\";";
		assertThat(foreignTables("notification", source)).containsExactlyInAnyOrder("service_day", "booking");
	}

	@Test
	void ignoresTheModulesOwnTablesCommentsAndProse() {
		var source = "// reads from booking in a comment\n/* update slot */\n"
				+ "String sql = \"select id from booking where status = 'BOOKED'\";\n"
				+ "String text = \"Moved from office to office\";";
		assertThat(foreignTables("booking", source)).isEmpty();
	}

	static List<String> foreignTables(String module, String source) {
		var found = new TreeSet<String>();
		for (var literal : stringLiterals(source)) {
			if (!SQL.matcher(literal).find()) {
				continue;
			}
			var matcher = TABLE_AFTER_KEYWORD.matcher(literal);
			while (matcher.find()) {
				var table = matcher.group(1).toLowerCase();
				var owner = OWNERS.get(table);
				if (owner != null && !owner.equals(module)) {
					found.add(table);
				}
			}
		}
		return List.copyOf(found);
	}

	/** The contents of the source's string literals and text blocks, with comments and char literals skipped. */
	static List<String> stringLiterals(String source) {
		var literals = new ArrayList<String>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = indexOrEnd(source, "\n", i);
			}
			else if (source.startsWith("/*", i)) {
				i = indexOrEnd(source, "*/", i + 2) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = indexOrEnd(source, "\"\"\"", i + 3);
				literals.add(source.substring(i + 3, Math.min(end, n)));
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				var text = new StringBuilder();
				i++;
				while (i < n && source.charAt(i) != c) {
					if (source.charAt(i) == '\\') {
						i++;
					}
					if (i < n) {
						text.append(source.charAt(i));
					}
					i++;
				}
				i++;
				if (c == '"') {
					literals.add(text.toString());
				}
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int indexOrEnd(String source, String what, int from) {
		int at = source.indexOf(what, from);
		return at < 0 ? source.length() : at;
	}

	private static String moduleOf(Path file) {
		return MAIN.relativize(file).getName(0).toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
