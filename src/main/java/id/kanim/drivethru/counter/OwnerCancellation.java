package id.kanim.drivethru.counter;

import java.time.Clock;
import java.util.Optional;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.Bookings;
import id.kanim.drivethru.booking.BookingNotChangeableException;
import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.ManageBookings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A squatted application number whose owner cannot recover it by phone (the ready list has no phone for it):
 * the owner comes to the office, a supervisor checks their identity and cancels the booking with a reason.
 * The place is freed at once (and offered to the waiting list), the cancellation is in the booking's audit
 * log with the supervisor's name and reason, and the owner books again.
 */
@Service
@Transactional
public class OwnerCancellation {

	static final int MIN_REASON = 5;

	private final Bookings bookings;

	private final BookingService bookingService;

	private final ManageBookings manage;

	private final AuditLog events;

	private final Offices offices;

	private final Clock clock;

	OwnerCancellation(Bookings bookings, BookingService bookingService, ManageBookings manage,
			AuditLog events, Offices offices, Clock clock) {
		this.bookings = bookings;
		this.bookingService = bookingService;
		this.manage = manage;
		this.events = events;
		this.offices = offices;
		this.clock = clock;
	}

	/** The active booking of an application number at an office the supervisor may act for. */
	@Transactional(readOnly = true)
	public Optional<BookingCode> find(StaffUser user, String applicationNumber) {
		return bookingService.activeByApplicationNumber(applicationNumber)
			.filter(b -> user.mayActFor(b.getOfficeId()))
			.map(b -> b.getCode());
	}

	/**
	 * Cancels the booking and writes the reason to its audit log, or throws {@link StepRefusedException}
	 * having changed nothing.
	 */
	public void cancel(StaffUser user, String code, String reason) {
		var booking = BookingCode.parse(code)
			.flatMap(c -> bookings.byCode(c.value()))
			.filter(b -> user.mayActFor(b.getOfficeId()))
			.orElseThrow(() -> new StepRefusedException("loket.refused.not-found"));
		var text = reason == null ? "" : reason.strip();
		if (text.length() < MIN_REASON) {
			throw new StepRefusedException("owner.cancel.reason-required");
		}
		if (text.length() > 300) {
			text = text.substring(0, 300);
		}
		var from = booking.getStatus();
		try {
			manage.cancel(booking.getCode());
		}
		catch (BookingNotChangeableException ex) {
			throw new StepRefusedException("owner.cancel.not-cancellable");
		}
		events.record(booking, CounterAction.OWNER_CANCEL, from, text, user.getUsername(), clock.instant(),
				offices.byId(booking.getOfficeId()).zone(), null);
	}

}
