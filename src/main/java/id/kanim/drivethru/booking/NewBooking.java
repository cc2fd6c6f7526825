package id.kanim.drivethru.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A validated, normalised booking request, whichever way it came in.
 *
 * @param collectorName {@code null} when the applicant collects
 * @param language {@code id} or {@code en}: the language later messages are written in
 * @param consented whether the applicant agreed to the privacy notice (recorded with the booking)
 */
public record NewBooking(String applicationNumber, String fullName, String phone, String email,
		VehicleType vehicleType, String plateNumber, LocalDate date, LocalTime slotStart, CollectorType collectorType,
		String collectorName, boolean priority, String language, boolean consented) {

	/** The applicant collects, no priority, Indonesian, consent given: the core fields only. */
	public NewBooking(String applicationNumber, String fullName, String phone, String email, VehicleType vehicleType,
			String plateNumber, LocalDate date, LocalTime slotStart) {
		this(applicationNumber, fullName, phone, email, vehicleType, plateNumber, date, slotStart, CollectorType.SELF,
				null, false, "id", true);
	}

	/**
	 * Normalises input that has passed {@link ValidInput} validation; anything else is a programming error.
	 * The language is the one the request was made in.
	 */
	public static NewBooking from(BookingInput input) {
		var email = input.getEmail() == null || input.getEmail().isBlank() ? null
				: BookingInputs.email(input.getEmail()).orElseThrow();
		var collector = BookingInputs.collectorType(input.getCollectorType()).orElseThrow();
		var collectorName = collector.isProxy() ? PersonName.normalise(input.getCollectorName()).orElseThrow() : null;
		return new NewBooking(ApplicationNumber.normalise(input.getApplicationNumber()).orElseThrow(),
				PersonName.normalise(input.getFullName()).orElseThrow(),
				MobileNumber.normalise(input.getPhone()).orElseThrow(), email,
				BookingInputs.vehicleType(input.getVehicleType()).orElseThrow(),
				PlateNumber.normalise(input.getPlateNumber()).orElseThrow(),
				BookingInputs.date(input.getDate()).orElseThrow(),
				BookingInputs.time(input.getSlotStart()).orElseThrow(), collector, collectorName, input.isPriority(),
				languageOf(LocaleContextHolder.getLocale()), input.isPrivacyConsent());
	}

	/** The same request for another day and time. */
	public NewBooking on(LocalDate otherDate, LocalTime otherStart) {
		return new NewBooking(applicationNumber, fullName, phone, email, vehicleType, plateNumber, otherDate, otherStart,
				collectorType, collectorName, priority, language, consented);
	}

	static String languageOf(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "id";
	}

}
