package id.kanim.drivethru.booking;

/**
 * Something happened to a booking that the applicant should hear about. Published inside the transaction
 * that made the change; listeners act after it commits, so nobody is told about a change that rolled back.
 *
 * @param booking the booking as written, or null: see {@link #written()}
 */
public record BookingEvent(long bookingId, Kind kind, Booking booking) {

	/** An event whose listeners read the booking themselves. */
	public BookingEvent(long bookingId, Kind kind) {
		this(bookingId, kind, null);
	}

	/**
	 * The booking as the publishing transaction wrote it, when the publisher has it in hand (a new booking,
	 * written with plain SQL), so a listener need not read it back; else empty.
	 */
	public java.util.Optional<Booking> written() {
		return java.util.Optional.ofNullable(booking);
	}

	public enum Kind {

		CONFIRMED, CHANGED, CANCELLED, PROMOTED

	}

}
