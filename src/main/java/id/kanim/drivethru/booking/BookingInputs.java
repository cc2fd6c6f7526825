package id.kanim.drivethru.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads each booking field the one way, for the HTML form and the JSON API alike: the validator asks
 * whether a value can be read, {@link NewBooking} takes the normalised result.
 */
final class BookingInputs {

	// Deliberately plain: the address must have one @, a dot in the domain and no spaces; the mail server
	// is the real judge.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private BookingInputs() {
	}

	static Optional<?> parse(ValidInput.Kind kind, String value) {
		return switch (kind) {
			case APPLICATION_NUMBER -> ApplicationNumber.normalise(value);
			case FULL_NAME -> PersonName.normalise(value);
			case MOBILE_NUMBER -> MobileNumber.normalise(value);
			case EMAIL -> email(value);
			case VEHICLE_TYPE -> vehicleType(value);
			case PLATE_NUMBER -> PlateNumber.normalise(value);
			case DATE -> date(value);
			case SLOT_START -> time(value);
			case COLLECTOR_TYPE -> collectorType(value);
			case COLLECTOR_NAME -> PersonName.normalise(value);
		};
	}

	static Optional<String> email(String value) {
		var trimmed = value.strip();
		return trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches() ? Optional.of(trimmed)
				: Optional.empty();
	}

	static Optional<VehicleType> vehicleType(String value) {
		try {
			return Optional.of(VehicleType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<CollectorType> collectorType(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(CollectorType.SELF);
		}
		try {
			return Optional.of(CollectorType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<LocalDate> date(String value) {
		try {
			return Optional.of(LocalDate.parse(value.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static Optional<LocalTime> time(String value) {
		try {
			return Optional.of(LocalTime.parse(value.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
