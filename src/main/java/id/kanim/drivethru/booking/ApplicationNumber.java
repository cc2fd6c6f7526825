package id.kanim.drivethru.booking;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The nomor permohonan: trimmed, upper case, 6 to 32 letters and digits. */
public final class ApplicationNumber {

	private static final Pattern VALID = Pattern.compile("[A-Z0-9]{6,32}");

	private ApplicationNumber() {
	}

	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		var value = input.strip().toUpperCase(Locale.ROOT);
		return VALID.matcher(value).matches() ? Optional.of(value) : Optional.empty();
	}

}
