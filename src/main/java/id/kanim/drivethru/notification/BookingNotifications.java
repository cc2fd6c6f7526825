package id.kanim.drivethru.notification;

import id.kanim.drivethru.booking.BookingEvent;
import id.kanim.drivethru.booking.DayCancellations;
import id.kanim.drivethru.booking.ManageBookings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the applicant's messages about a booking inside the transaction that changed it (a plain
 * {@code @EventListener} runs in the publisher's transaction): the messages commit with the change or roll
 * back with it, and the outbox delivers them after the commit, so a crash between commit and send loses
 * nothing and no request waits for a provider. If queueing fails, the change fails with it.
 */
@Component
class BookingNotifications {

	private final ManageBookings bookings;

	private final Notifier notifier;

	BookingNotifications(ManageBookings bookings, Notifier notifier) {
		this.bookings = bookings;
		this.notifier = notifier;
	}

	/** The office closed the day: the applicant hears that, and why, as for their own cancellation. */
	@EventListener
	void on(DayCancellations.BookingCancelledByOffice event) {
		bookings.byId(event.bookingId())
			.ifPresent(b -> notifier.send(b, Notifier.Topic.CANCELLED_BY_OFFICE, event.reason()));
	}

	@EventListener
	void on(BookingEvent event) {
		// A new booking comes as written (plain SQL in this transaction): no need to read it back through JPA.
		event.written().or(() -> bookings.byId(event.bookingId()))
			.ifPresent(b -> notifier.send(b, Notifier.Topic.valueOf(event.kind().name())));
	}

}
