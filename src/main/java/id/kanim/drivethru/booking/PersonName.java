package id.kanim.drivethru.booking;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A full name as on the KTP: 2 to 100 characters, letters of any script (with their accents), spaces and
 * {@code . ' -}. Runs of spaces are collapsed; many Indonesians have a single name, which is fine.
 */
public final class PersonName {

	private static final Pattern VALID = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'\\-]*");

	private PersonName() {
	}

	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		var value = Normalizer.normalize(input, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		var letters = value.codePointCount(0, value.length());
		if (letters < 2 || letters > 100 || !VALID.matcher(value).matches()) {
			return Optional.empty();
		}
		return Optional.of(value);
	}

}
