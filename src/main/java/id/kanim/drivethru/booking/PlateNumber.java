package id.kanim.drivethru.booking;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Indonesian vehicle plate (TNKB): a one- or two-letter region code, one to four digits and up to three
 * letters, stored and shown as {@code BH 1234 XY} whatever spacing or case the applicant typed.
 */
public final class PlateNumber {

	private static final Pattern PLATE = Pattern.compile("([A-Z]{1,2})(\\d{1,4})([A-Z]{0,3})");

	private PlateNumber() {
	}

	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		var compact = input.toUpperCase(Locale.ROOT).replaceAll("[\\s.-]", "");
		var m = PLATE.matcher(compact);
		if (!m.matches() || m.group(2).startsWith("0")) {
			return Optional.empty();
		}
		var plate = m.group(1) + " " + m.group(2) + (m.group(3).isEmpty() ? "" : " " + m.group(3));
		return Optional.of(plate);
	}

}
