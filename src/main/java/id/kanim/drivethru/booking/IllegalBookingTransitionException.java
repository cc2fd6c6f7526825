package id.kanim.drivethru.booking;

/** A status change the booking's current status does not allow. */
public class IllegalBookingTransitionException extends RuntimeException {

	private final BookingStatus from;

	private final BookingStatus to;

	public IllegalBookingTransitionException(BookingStatus from, BookingStatus to) {
		super("A " + from + " booking cannot become " + to);
		this.from = from;
		this.to = to;
	}

	public BookingStatus getFrom() {
		return from;
	}

	public BookingStatus getTo() {
		return to;
	}

}
