package id.kanim.drivethru.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import id.kanim.drivethru.capacity.CapacityClaims;
import id.kanim.drivethru.capacity.CapacityTransactions;
import id.kanim.drivethru.capacity.CapacityUnavailableException;
import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.OfficeSettings.SlotTime;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's own changes: cancel and reschedule. Each is one transaction that locks the booking row
 * first, so two changes of one booking never interleave, and moves the capacity counters in the same
 * transaction as the status.
 */
@Service
@Transactional
public class ManageBookings {

	private final BookingRepository bookings;

	private final CapacityClaims claims;

	private final ServiceDays serviceDays;

	private final Offices offices;

	private final WaitingList waitingList;

	private final UnmetDemand unmetDemand;

	private final ApplicationEventPublisher events;

	private final CapacityTransactions transactions;

	private final Clock clock;

	private final BookingService bookingService;

	ManageBookings(BookingService bookingService, BookingRepository bookings, CapacityClaims claims, ServiceDays serviceDays, Offices offices,
			WaitingList waitingList, UnmetDemand unmetDemand, ApplicationEventPublisher events,
			CapacityTransactions transactions, Clock clock) {
		this.bookingService = bookingService;
		this.bookings = bookings;
		this.claims = claims;
		this.serviceDays = serviceDays;
		this.offices = offices;
		this.waitingList = waitingList;
		this.unmetDemand = unmetDemand;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Cancels the booking and gives its place back at once; the first person waiting for that day (if any)
	 * gets it in the same transaction.
	 * @throws BookingNotChangeableException for a cancelled, collected or past booking (nothing changes)
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Booking> cancel(BookingCode code) {
		return transactions.run(() -> cancelInTransaction(code));
	}

	private Optional<Booking> cancelInTransaction(BookingCode code) {
		var found = bookings.lockByCode(code.value());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var booking = found.get();
		var office = offices.byId(booking.getOfficeId());
		booking.cancel(office.today(clock));
		claims.release(booking.getServiceDayId(), booking.getSlotStart(), booking.getVehicleType() == VehicleType.MOTORCYCLE);
		bookings.flush();
		waitingList.promote(booking.getOfficeId(), booking.getServiceDate());
		events.publishEvent(new BookingEvent(booking.getId(), BookingEvent.Kind.CANCELLED));
		return Optional.of(booking);
	}

	/**
	 * Moves the booking to another day or slot within the horizon, keeping its code. One transaction releases
	 * the old place and then claims the new one, so a move within a full day works (the day's own place is
	 * free for the moment between); when the target is full the claim throws, the transaction rolls back, the
	 * old booking is as it was, and the unmet demand is recorded once. Both days are locked first, in date
	 * order (the lock order of {@link CapacityClaims}), so two moves in opposite directions queue instead of
	 * deadlocking.
	 * @throws BookingRefusedException as for a new booking (nothing changes)
	 * @throws BookingNotChangeableException for a booking that can no longer change
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Booking> reschedule(BookingCode code, LocalDate date, LocalTime slotStart) {
		// Through a read-only transaction of its own, not the repository directly: an entity manager opened
		// outside a transaction here would keep its connection while the move's transaction takes another.
		var current = bookingService.findByCode(code);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		var office = offices.byId(current.get().getOfficeId());
		var hint = BookableSlots.check(office, date, slotStart, clock);
		bookingService.checkReady(office, current.get().getApplicationNumber(), date);
		// Before the transaction: creating the day needs a connection of its own.
		long dayId = BookableSlots.day(serviceDays, office, date, hint);
		var slot = BookableSlots.slotOfDay(serviceDays, dayId, office, date, slotStart, clock);
		try {
			return Optional.of(transactions.run(() -> move(code, office, dayId, date, slot)));
		}
		catch (CapacityUnavailableException ex) {
			unmetDemand.record(office.id(), date, current.get().getApplicationNumber(), ex.getReason());
			throw BookingService.refusal(ex);
		}
	}

	private Booking move(BookingCode code, OfficeSettings office, long dayId, LocalDate date, SlotTime slot) {
		var booking = bookings.lockByCode(code.value()).orElseThrow();
		var today = office.today(clock);
		if (!booking.isChangeable(today)) {
			throw new BookingNotChangeableException(booking.getStatus());
		}
		if (booking.getServiceDate().equals(date) && booking.getSlotStart().equals(slot.start())) {
			return booking; // already there: nothing to claim or release
		}
		var oldDate = booking.getServiceDate();
		boolean motorcycle = booking.getVehicleType() == VehicleType.MOTORCYCLE;
		claims.lockDays(List.of(booking.getServiceDayId(), dayId));
		claims.release(booking.getServiceDayId(), booking.getSlotStart(), motorcycle);
		claims.claim(dayId, slot.start(), motorcycle);
		booking.reschedule(dayId, date, slot.start(), slot.end(), today);
		bookings.flush();
		if (!oldDate.equals(date)) {
			waitingList.promote(booking.getOfficeId(), oldDate);
		}
		events.publishEvent(new BookingEvent(booking.getId(), BookingEvent.Kind.CHANGED));
		return booking;
	}

	@Transactional(readOnly = true)
	public Optional<Booking> byId(long id) {
		return bookings.findById(id);
	}

}
