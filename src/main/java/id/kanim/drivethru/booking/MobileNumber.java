package id.kanim.drivethru.booking;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * An Indonesian mobile number, checked with libphonenumber's metadata and stored as E.164
 * ({@code +6281234567890}); {@code 0812...}, {@code 62812...} and {@code +62 812-...} are all accepted.
 */
public final class MobileNumber {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	/**
	 * The last number this thread normalised. A booking request checks the number in its validator and then
	 * normalises it again in {@code NewBooking.from}; libphonenumber's parse was 10% of a booking's CPU, so the
	 * second call is answered from here. One entry per thread, replaced by the next number.
	 */
	private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

	private MobileNumber() {
	}

	public static Optional<String> normalise(String input) {
		if (input == null || input.isBlank() || input.length() > 30) {
			return Optional.empty();
		}
		var last = LAST.get();
		if (last != null && last.input().equals(input)) {
			return last.result();
		}
		var result = parse(input);
		LAST.set(new Parsed(input, result));
		return result;
	}

	private static Optional<String> parse(String input) {
		try {
			var number = PHONES.parse(input.trim(), "ID");
			if (number.getCountryCode() != 62 || !PHONES.isValidNumberForRegion(number, "ID")
					|| PHONES.getNumberType(number) != PhoneNumberType.MOBILE) {
				return Optional.empty();
			}
			return Optional.of(PHONES.format(number, PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	private record Parsed(String input, Optional<String> result) {
	}

	/** {@code +62 812-3456-7890}, for people to read. */
	public static String display(String e164) {
		try {
			return PHONES.format(PHONES.parse(e164, "ID"), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

}
