package id.kanim.drivethru.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.OfficeSettings.SlotTime;

/**
 * The rules a day and time must meet before any place is claimed, checked against the cached office settings
 * without touching the database: the same for a new booking, a move and joining a waiting list.
 */
final class BookableSlots {

	private BookableSlots() {
	}

	/** The slot, or a {@link BookingRefusedException} saying why the date or time cannot be booked. */
	static SlotTime check(OfficeSettings office, LocalDate date, LocalTime slotStart, Clock clock) {
		if (!office.withinHorizon(date, clock)) {
			throw new BookingRefusedException(BookingRefusedException.Reason.OUTSIDE_HORIZON,
					office.firstBookableDate(clock), office.lastBookableDate(clock));
		}
		if (!office.isOpenWeekday(date)) {
			throw new BookingRefusedException(BookingRefusedException.Reason.DAY_CLOSED);
		}
		return office.slotStartingAt(slotStart)
			.orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_SLOT));
	}

	/** Whoever collects must be allowed to at this office. */
	static void checkCollector(OfficeSettings office, CollectorType collector) {
		if (collector.isProxy() && !office.proxiesAllowed()) {
			throw new BookingRefusedException(BookingRefusedException.Reason.PROXY_NOT_ALLOWED);
		}
	}

}
