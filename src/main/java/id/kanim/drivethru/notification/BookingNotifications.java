package id.kanim.drivethru.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kanim.drivethru.booking.BookingEvent;
import id.kanim.drivethru.booking.DayCancellations;
import id.kanim.drivethru.booking.ManageBookings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the applicant about a booking once the change has committed (never about one that rolled back).
 * A mail server failure is logged and does not undo the booking: the page and the API already told them.
 */
@Component
class BookingNotifications {

	private static final Logger log = LoggerFactory.getLogger(BookingNotifications.class);

	private final ManageBookings bookings;

	private final Notifier notifier;

	BookingNotifications(ManageBookings bookings, Notifier notifier) {
		this.bookings = bookings;
		this.notifier = notifier;
	}

	/** The office closed the day: the applicant hears that, and why, as for their own cancellation. */
	@TransactionalEventListener
	void on(DayCancellations.BookingCancelledByOffice event) {
		try {
			bookings.byId(event.bookingId()).ifPresent(b -> notifier.send(b, Notifier.Topic.CANCELLED_BY_OFFICE,
					event.reason()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell the applicant of booking {} that the office closed the day", event.code(), ex);
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(BookingEvent event) {
		try {
			bookings.byId(event.bookingId())
				.ifPresent(b -> notifier.send(b, Notifier.Topic.valueOf(event.kind().name())));
		}
		catch (RuntimeException ex) {
			log.warn("Could not notify the applicant of booking {} ({})", event.bookingId(), event.kind(), ex);
		}
	}

}
