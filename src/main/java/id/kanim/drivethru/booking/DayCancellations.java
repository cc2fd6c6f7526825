package id.kanim.drivethru.booking;

import java.util.List;

import id.kanim.drivethru.capacity.CapacityClaims;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels every open booking of a day the office is closing, in the supervisor's transaction: each place
 * goes back to the counters, and each applicant is told (through {@link BookingCancelledByOffice}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DayCancellations {

	private final BookingRepository bookings;

	private final CapacityClaims claims;

	private final ApplicationEventPublisher events;

	DayCancellations(BookingRepository bookings, CapacityClaims claims, ApplicationEventPublisher events) {
		this.bookings = bookings;
		this.claims = claims;
		this.events = events;
	}

	/**
	 * Locks the day's BOOKED bookings; call it before locking the day itself, since an applicant's own
	 * cancellation locks its booking and then the day (the lock order of {@code CapacityClaims}).
	 */
	public void lockBooked(long serviceDayId) {
		bookings.lockByServiceDayIdAndStatus(serviceDayId, BookingStatus.BOOKED);
	}

	/**
	 * Cancels the day's BOOKED bookings. Cars already ARRIVED are not sent away by a closure: they keep
	 * their place, and the day then cannot be closed.
	 * @return the codes cancelled
	 */
	public List<BookingCode> cancelAllBooked(long serviceDayId, String reason) {
		var cancelled = bookings.lockByServiceDayIdAndStatus(serviceDayId, BookingStatus.BOOKED);
		for (var booking : cancelled) {
			booking.moveTo(BookingStatus.CANCELLED);
			claims.release(serviceDayId, booking.getSlotStart(), booking.getVehicleType() == VehicleType.MOTORCYCLE);
			events.publishEvent(new BookingCancelledByOffice(booking.getId(), booking.getCode(), reason));
		}
		bookings.flush();
		return cancelled.stream().map(Booking::getCode).toList();
	}

	/** A booking the office cancelled (closing its day): the applicant must be told why. */
	public record BookingCancelledByOffice(Long bookingId, BookingCode code, String reason) {
	}

}
