package id.kanim.drivethru.booking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking is in its life, and where it may go next. Only BOOKED and ARRIVED hold a place.
 */
public enum BookingStatus {

	BOOKED, ARRIVED, COLLECTED, NO_SHOW, CANCELLED;

	public boolean isActive() {
		return this == BOOKED || this == ARRIVED;
	}

	public Set<BookingStatus> next() {
		return switch (this) {
			case BOOKED -> EnumSet.of(ARRIVED, NO_SHOW, CANCELLED);
			case ARRIVED -> EnumSet.of(COLLECTED);
			case COLLECTED, NO_SHOW, CANCELLED -> EnumSet.noneOf(BookingStatus.class);
		};
	}

	public boolean canMoveTo(BookingStatus target) {
		return next().contains(target);
	}

}
