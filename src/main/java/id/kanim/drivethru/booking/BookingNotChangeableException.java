package id.kanim.drivethru.booking;

/** The booking is cancelled, collected, no longer BOOKED or its day has passed, so it cannot change. */
public class BookingNotChangeableException extends RuntimeException {

	private final BookingStatus status;

	public BookingNotChangeableException(BookingStatus status) {
		super("A " + status + " booking, or one whose day has passed, cannot be changed", null, false, false);
		this.status = status;
	}

	public BookingStatus getStatus() {
		return status;
	}

}
