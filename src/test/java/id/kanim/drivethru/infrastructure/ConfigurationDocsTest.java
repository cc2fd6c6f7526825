package id.kanim.drivethru.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's settings tables say the truth about the {@code drivethru.*} settings: every setting in the
 * metadata the configuration processor writes at compile time (from the settings records, plus
 * {@code additional-spring-configuration-metadata.json} for the few read with {@code @Value}) has a row, no row
 * names a setting that does not exist, and the configuration table is one table (a blank line inside a
 * Markdown table ends it, and the rest renders as text).
 */
class ConfigurationDocsTest {

	private static final Path README = Path.of("README.md");

	private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

	private static final Pattern SETTING = Pattern.compile("`(drivethru\\.[a-z0-9.-]+)`");

	@Test
	void everyDrivethruSettingHasARowAndEveryRowAnExistingSetting() throws IOException {
		var documented = new TreeSet<String>();
		for (var line : Files.readAllLines(README)) {
			if (line.startsWith("|")) {
				SETTING.matcher(line).results().map(m -> m.group(1)).forEach(documented::add);
			}
		}

		var settings = settings();
		assertThat(settings).as("the generated metadata").hasSizeGreaterThan(20);
		assertThat(documented).as("README rows (write each setting's full name)").containsAll(settings);
		assertThat(settings).as("settings that README rows name").containsAll(documented);
	}

	@Test
	void theConfigurationTableIsOneTable() throws IOException {
		var lines = Files.readAllLines(README);
		int section = lines.indexOf("## Configuration");
		assertThat(section).as("a Configuration section").isNotNegative();
		var rest = lines.subList(section + 1, lines.size());
		int end = rest.stream().filter(l -> l.startsWith("## ")).findFirst().map(rest::indexOf).orElse(rest.size());
		var body = rest.subList(0, end);
		int header = body.stream().filter(l -> l.startsWith("| setting")).findFirst().map(body::indexOf).orElse(-1);
		assertThat(header).as("the table's header").isNotNegative();
		assertThat(body.get(header + 1)).as("the header's separator").startsWith("|---");
		int last = header;
		while (last + 1 < body.size() && body.get(last + 1).startsWith("|")) {
			last++;
		}
		var after = new ArrayList<>(body.subList(last + 1, body.size()));
		after.removeIf(l -> !l.startsWith("|"));
		assertThat(after).as("rows cut off from the table (a blank line ends a Markdown table)").isEmpty();
		var columns = Collections.frequency(body.get(header).chars().boxed().toList(), (int) '|');
		for (var row : body.subList(header, last + 1)) {
			assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isEqualTo(columns);
		}
	}

	private static TreeSet<String> settings() {
		assertThat(METADATA).as("written by spring-boot-configuration-processor when the main code compiles").exists();
		var names = new TreeSet<String>();
		JsonMapper.builder().build().readTree(METADATA.toFile()).path("properties").forEach(property -> {
			var name = property.path("name").asString();
			if (name.startsWith("drivethru.")) {
				names.add(name);
			}
		});
		return names;
	}

}
