package id.kanim.drivethru.capacity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Indonesia's national holidays and collective leave days, shipped as data in
 * {@code holidays/holidays-id-2026-2027.csv} (columns {@code date,type,name_id,name_en,source}; the source
 * of each row is the SKB 3 Menteri decree that fixed it). Read once at start-up. A new year's decree means a
 * new file; supervisors can reopen any of these days or close others.
 */
@Component
public class Holidays {

	static final String RESOURCE = "holidays/holidays-id-2026-2027.csv";

	private final Map<LocalDate, Holiday> byDate;

	Holidays() {
		this.byDate = Collections.unmodifiableMap(load(RESOURCE));
	}

	public Optional<Holiday> on(LocalDate date) {
		return Optional.ofNullable(byDate.get(date));
	}

	public Map<LocalDate, Holiday> all() {
		return byDate;
	}

	static Map<LocalDate, Holiday> load(String resource) {
		var holidays = new TreeMap<LocalDate, Holiday>();
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			var header = reader.readLine();
			if (header == null || !header.startsWith("date,type,name_id,name_en,source")) {
				throw new IllegalStateException(resource + " does not start with the expected header");
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				// No field contains a comma (a line with one has more than five fields and stops the start), so a
				// plain split is enough.
				var fields = line.split(",", -1);
				if (fields.length != 5) {
					throw new IllegalStateException(resource + " line " + number + " has " + fields.length + " fields");
				}
				var date = LocalDate.parse(fields[0]);
				holidays.put(date, new Holiday(date, Holiday.Kind.valueOf(fields[1].toUpperCase(Locale.ROOT)),
						fields[2], fields[3], fields[4]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return holidays;
	}

}
