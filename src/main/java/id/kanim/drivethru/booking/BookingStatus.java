package id.kanim.drivethru.booking;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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

	/**
	 * The statuses that hold a place and block the application number from a second booking. Java and SQL
	 * both take the rule from here ({@link #ACTIVE_SQL}); the partial unique index on
	 * {@code booking (office_id, application_number)} repeats the list, and {@code BookingStatusTest} fails
	 * when the two disagree.
	 */
	public static final Set<BookingStatus> ACTIVE = java.util.Collections.unmodifiableSet(EnumSet.of(BOOKED, ARRIVED));

	/** {@link #ACTIVE} as an SQL list, for {@code status in ACTIVE_SQL}. */
	public static final String ACTIVE_SQL = ACTIVE.stream()
		.map(s -> "'" + s.name() + "'")
		.collect(java.util.stream.Collectors.joining(", ", "(", ")"));

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

	/**
	 * Where a booking in this status goes when its day has passed (see {@link PastDays}): nobody came
	 * (NO_SHOW), or the car came but the window never finished it (UNFINISHED). Empty when the booking
	 * has ended already.
	 */
	public Optional<BookingStatus> atDayEnd() {
		return switch (this) {
			case BOOKED -> Optional.of(NO_SHOW);
			case ARRIVED -> Optional.of(UNFINISHED);
			case COLLECTED, NO_SHOW, CANCELLED, TURNED_AWAY, UNFINISHED -> Optional.empty();
		};
	}

	/** The statuses a passed day still has to end, in the order the end-of-day job ends them. */
	public static List<BookingStatus> endingAtDayEnd() {
		return java.util.Arrays.stream(values()).filter(s -> s.atDayEnd().isPresent()).toList();
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
