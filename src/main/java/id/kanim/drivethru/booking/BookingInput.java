package id.kanim.drivethru.booking;

/** The raw fields of a booking request, as typed into the form or sent as JSON. */
public interface BookingInput {

	String getApplicationNumber();

	String getFullName();

	String getPhone();

	String getEmail();

	String getVehicleType();

	String getPlateNumber();

	String getDate();

	String getSlotStart();

	/** {@code SELF}, {@code FAMILY} or {@code PROXY}; blank means the applicant collects. */
	default String getCollectorType() {
		return null;
	}

	/** Whoever collects, when it is not the applicant. */
	default String getCollectorName() {
		return null;
	}

	/** Elderly, disability or small children: officers see the flag. */
	default boolean isPriority() {
		return false;
	}

	/** The applicant agreed to the privacy notice (required before a booking is accepted). */
	default boolean isPrivacyConsent() {
		return false;
	}

}
