package id.kanim.drivethru.booking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking is in its life, and where it may go next. Only BOOKED and ARRIVED hold a place.
 * TURNED_AWAY (sent away at the window: documents incomplete, passport not ready, ...) and NO_SHOW keep
 * their place taken: the day is under way, so it could not be booked again anyway; so does UNFINISHED.
 */
public enum BookingStatus {

	BOOKED, ARRIVED, COLLECTED, NO_SHOW, CANCELLED, TURNED_AWAY,
	/** Arrived, but the day ended before the window finished it (set only by the end-of-day job). */
	UNFINISHED;

	public boolean isActive() {
		return this == BOOKED || this == ARRIVED;
	}

	public Set<BookingStatus> next() {
		return switch (this) {
			case BOOKED -> EnumSet.of(ARRIVED, NO_SHOW, CANCELLED, TURNED_AWAY);
			case ARRIVED -> EnumSet.of(COLLECTED, TURNED_AWAY, UNFINISHED);
			case COLLECTED, NO_SHOW, CANCELLED, TURNED_AWAY, UNFINISHED -> EnumSet.noneOf(BookingStatus.class);
		};
	}

	public boolean canMoveTo(BookingStatus target) {
		return next().contains(target);
	}

}
