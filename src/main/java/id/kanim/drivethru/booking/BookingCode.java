package id.kanim.drivethru.booking;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The applicant's reference: 40 random bits from {@link SecureRandom} in Crockford base32 (8 characters,
 * no I, L, O or U), shown as {@code XXXX-XXXX}. Forty bits make guessing hopeless (a trillion codes against
 * a few thousand live bookings) while staying short enough to read out over a car window.
 */
public record BookingCode(String value) {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{8}");

	private static final SecureRandom RANDOM = new SecureRandom();

	public BookingCode {
		if (value == null || !CANONICAL.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a booking code: " + value);
		}
	}

	public static BookingCode random() {
		long bits = 0;
		var bytes = new byte[5];
		RANDOM.nextBytes(bytes);
		for (byte b : bytes) {
			bits = (bits << 8) | (b & 0xFF);
		}
		var chars = new char[8];
		for (int i = 7; i >= 0; i--) {
			chars[i] = ALPHABET[(int) (bits & 31)];
			bits >>>= 5;
		}
		return new BookingCode(new String(chars));
	}

	/**
	 * Reads a code as people type it: any case, with or without the dash or spaces, and with the letters
	 * Crockford maps to digits (O to 0, I and L to 1).
	 */
	public static Optional<BookingCode> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		var cleaned = input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
			.replace('O', '0').replace('I', '1').replace('L', '1');
		return CANONICAL.matcher(cleaned).matches() ? Optional.of(new BookingCode(cleaned)) : Optional.empty();
	}

	/** {@code XXXX-XXXX}, as printed and shown. */
	public String display() {
		return value.substring(0, 4) + "-" + value.substring(4);
	}

	@Override
	public String toString() {
		return display();
	}

}
