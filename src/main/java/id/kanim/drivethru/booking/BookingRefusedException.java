package id.kanim.drivethru.booking;

/**
 * A well-formed booking request the rules do not allow. Nothing has been stored when this is thrown.
 */
public class BookingRefusedException extends RuntimeException {

	public enum Reason {

		/** The day has no place left; the applicant may pick another day. */
		QUOTA_FULL("quota-full", null),
		/** The slot has no place left, though the day has; another time may work. */
		SLOT_FULL("slot-full", "slotStart"),
		/** The office does not serve on that day (weekend, holiday, closure). */
		DAY_CLOSED("day-closed", "date"),
		/** The application number already holds an active booking at this office. */
		DUPLICATE_APPLICATION("duplicate-application", "applicationNumber"),
		/** The date is before tomorrow or past the booking horizon. */
		OUTSIDE_HORIZON("invalid-booking", "date"),
		/**
		 * The day has places, but not for motorcycles: the lane's own quota is used up. A quota refusal like
		 * {@link #QUOTA_FULL} for API clients; the applicant may come by car or on another day.
		 */
		MOTORCYCLE_LANE_FULL("quota-full", "vehicleType"),
		/** The office has no slot starting at that time. */
		UNKNOWN_SLOT("invalid-booking", "slotStart"),
		/** Only the applicant may collect at this office. */
		PROXY_NOT_ALLOWED("invalid-booking", "collectorType"),
		/** The office only takes applications on its ready list, and this one is not (yet) on it. */
		NOT_READY("passport-not-ready", "applicationNumber"),
		/** The date is after the last day the passport can be collected (issue date plus 30 days). */
		AFTER_COLLECTION_DEADLINE("invalid-booking", "date"),
		/** The ready list names another phone for this application number: only its owner may book it. */
		PHONE_NOT_OWNER("phone-not-owner", "phone");

		private final String problemType;

		private final String field;

		Reason(String problemType, String field) {
			this.problemType = problemType;
			this.field = field;
		}

		/** The last word of the RFC 9457 problem type. */
		public String problemType() {
			return problemType;
		}

		/** The form field the refusal is about, or {@code null} when it concerns the whole day. */
		public String field() {
			return field;
		}

		/** Malformed requests (400) as opposed to conflicts with the current state (409). */
		public boolean isInvalidInput() {
			return this == OUTSIDE_HORIZON || this == UNKNOWN_SLOT || this == AFTER_COLLECTION_DEADLINE
					|| this == PROXY_NOT_ALLOWED;
		}

		public String messageKey() {
			return "booking.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	private final transient Object[] messageArguments;

	public BookingRefusedException(Reason reason, Object... messageArguments) {
		super(reason.name(), null, false, false);
		this.reason = reason;
		this.messageArguments = messageArguments;
	}

	public Reason getReason() {
		return reason;
	}

	public Object[] getMessageArguments() {
		return messageArguments;
	}

}
