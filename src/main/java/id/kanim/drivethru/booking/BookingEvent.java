package id.kanim.drivethru.booking;

/**
 * Something happened to a booking that the applicant should hear about. Published inside the transaction
 * that made the change; listeners act after it commits, so nobody is told about a change that rolled back.
 */
public record BookingEvent(long bookingId, Kind kind) {

	public enum Kind {

		CONFIRMED, CHANGED, CANCELLED, PROMOTED

	}

}
