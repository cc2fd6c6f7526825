package id.kanim.drivethru.infrastructure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Bahasa Indonesia and in English, and every key a template or class asks for
 * exists. A missing key would show up as "??key_id??" to an applicant.
 */
class MessageBundlesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

	/**
	 * Keys handed to a field, table or error-page fragment as quoted literals ({@code fragments/forms :: text ('name',
	 * 'office.defaults.name', ...)}, {@code fragments/tables :: columns (...)}): a dotted word in quotes on a line
	 * that calls one of those fragments.
	 */
	private static final Pattern FRAGMENT_CALL = Pattern.compile("(?:fragments/(?:forms|params|tables)|error/parts) ::|~\\{::");

	private static final Pattern QUOTED_KEY = Pattern.compile("'([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9\\-]+)+)'");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		for (var base : bundles()) {
			var indonesian = load(RESOURCES.resolve(base + ".properties")).stringPropertyNames();
			var english = load(RESOURCES.resolve(base + "_en.properties")).stringPropertyNames();
			assertThat(new TreeSet<>(english)).as("keys of %s_en.properties", base)
				.isEqualTo(new TreeSet<>(indonesian));
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		var known = new TreeSet<String>();
		for (var base : bundles()) {
			known.addAll(load(RESOURCES.resolve(base + ".properties")).stringPropertyNames());
		}
		var missing = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				var matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + RESOURCES.relativize(file));
					}
				}
				for (var line : Files.readAllLines(file)) {
					if (FRAGMENT_CALL.matcher(line).find()) {
						var quoted = QUOTED_KEY.matcher(line);
						while (quoted.find()) {
							if (!known.contains(quoted.group(1))) {
								missing.add(quoted.group(1) + " in " + RESOURCES.relativize(file));
							}
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static TreeSet<String> bundles() throws IOException {
		var names = new TreeSet<String>();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			files.map(f -> f.getFileName().toString())
				.filter(n -> n.startsWith("messages") && n.endsWith(".properties") && !n.contains("_"))
				.forEach(n -> names.add(n.substring(0, n.length() - ".properties".length())));
		}
		assertThat(names).contains("messages");
		return names;
	}

	private static Properties load(Path file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
