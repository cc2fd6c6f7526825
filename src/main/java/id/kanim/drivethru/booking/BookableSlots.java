package id.kanim.drivethru.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.OfficeSettings.SlotTime;

/**
 * The rules a day and time must meet before any place is claimed, checked against the cached office settings
 * without touching the database: the same for a new booking, a move and joining a waiting list.
 */
final class BookableSlots {

	private BookableSlots() {
	}

	/**
	 * Refuses, with a {@link BookingRefusedException} saying why, a date that cannot be booked. Returns the
	 * slot today's settings have at that time, or null: only a hint, since the day's own rows decide
	 * ({@link #slotOfDay}), once the day exists.
	 */
	static SlotTime check(OfficeSettings office, LocalDate date, LocalTime slotStart, Clock clock) {
		if (!office.withinHorizon(date, clock)) {
			throw new BookingRefusedException(BookingRefusedException.Reason.OUTSIDE_HORIZON,
					office.firstBookableDate(clock), office.lastBookableDate(clock));
		}
		if (!office.isOpenWeekday(date)) {
			throw new BookingRefusedException(BookingRefusedException.Reason.DAY_CLOSED);
		}
		if (slotStart == null) {
			throw new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_SLOT);
		}
		return office.slotStartingAt(slotStart).orElse(null);
	}

	/**
	 * The slot as the day's own rows have it (they, not today's settings, are the truth once the day exists),
	 * or a refusal for a time the day has no slot at.
	 */
	static SlotTime slotOfDay(ServiceDays serviceDays, long dayId, LocalTime slotStart) {
		return serviceDays.slot(dayId, slotStart)
			.orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_SLOT));
	}

	/**
	 * The day's id, creating the day if it is new; but a time that today's settings do not know is refused
	 * first when the day does not exist yet (it would be created with today's settings), so bad input writes
	 * nothing. Call it before the caller's transaction.
	 */
	static long day(ServiceDays serviceDays, OfficeSettings office, LocalDate date, SlotTime hint) {
		if (hint == null && !serviceDays.exists(office, date)) {
			throw new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_SLOT);
		}
		return serviceDays.ensure(office, date);
	}

	/** As {@link #slotOfDay}, refusing a slot of today that is already over (same-day booking). */
	static SlotTime slotOfDay(ServiceDays serviceDays, long dayId, OfficeSettings office, LocalDate date,
			LocalTime slotStart, Clock clock) {
		var slot = slotOfDay(serviceDays, dayId, slotStart);
		if (office.slotOver(date, slot.end(), clock)) {
			throw new BookingRefusedException(BookingRefusedException.Reason.OUTSIDE_HORIZON,
					office.firstBookableDate(clock), office.lastBookableDate(clock));
		}
		return slot;
	}

	/** Whoever collects must be allowed to at this office. */
	static void checkCollector(OfficeSettings office, CollectorType collector) {
		if (collector.isProxy() && !office.proxiesAllowed()) {
			throw new BookingRefusedException(BookingRefusedException.Reason.PROXY_NOT_ALLOWED);
		}
	}

}
