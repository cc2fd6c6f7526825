package id.kanim.drivethru.capacity;

import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims and releases places on a service day and one of its slots. Must run inside the caller's
 * transaction (see {@link CapacityTransactions}).
 *
 * <p>Why this cannot overbook: each counter is raised by one conditional {@code UPDATE ... WHERE booked <
 * limit}. PostgreSQL takes the row lock before it changes the row, and a second transaction waiting on that
 * lock re-checks the {@code WHERE} clause against the committed new row once the lock is released (READ
 * COMMITTED's re-evaluation). So whatever the number of requests or app instances, only as many updates
 * succeed as there are places; the others match no row. No read-then-write gap exists for a race to slip
 * through, and the {@code CHECK (booked <= quota)} constraints stand behind it in case code ever forgets the
 * condition.
 *
 * <p>Days are locked {@code FOR NO KEY UPDATE}, the lock an {@code UPDATE} of the counters takes anyway: it
 * does not wait for the key-share locks that inserting a booking takes on its day (the foreign key).
 *
 * <p><b>The lock order, for every path that touches {@code service_day} and {@code slot}</b> (claims,
 * releases, moves, cancellations with waiting-list promotion, quota, motorcycle quota, slot capacity, close,
 * reopen, a change of opening hours):
 * <ol>
 * <li>the booking rows being changed (by the applicant, or all of a day being closed), or the office row (a
 * change of its defaults), before any day;</li>
 * <li>the {@code service_day} rows, several of them in date order ({@link #lockDays});</li>
 * <li>a day's {@code slot} rows, only ever while holding that day's row.</li>
 * </ol>
 * Because no statement touches a slot without first holding its day, two transactions never meet on a slot
 * in opposite orders: whoever holds the day has the day's slots to itself. Transactions over several days
 * take them in date order, so they queue instead of deadlocking. The claim below takes the day first by
 * construction (the slot update waits on an InitPlan that reads the day update's result). The day row is
 * the hottest, so it is locked as late as possible: in a new booking the claim is the last statement
 * before commit.
 * {@link CapacityTransactions} retries the rare deadlock that could still occur (for example a booking
 * created and cancelled while its day is being closed) and otherwise answers "try again", never a 500.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CapacityClaims {

	/**
	 * Raises the day counter, then (only if that worked) the slot counter, in one round trip. The
	 * uncorrelated {@code exists} becomes an InitPlan, so the day update runs (and locks) first. When the day
	 * had room but the slot had none, the day counter stays raised: {@link #claim} then throws, which rolls
	 * the caller back, and {@link #tryClaim} gives the day place back itself. A motorcycle also raises the
	 * motorcycle lane's count on the day, which may have a quota of its own (NULL: no limit); a car leaves
	 * the lane as it is.
	 */
	static final String CLAIM_SQL = """
			with d as (
			    update service_day set booked = booked + 1,
			        motorcycle_booked = motorcycle_booked + case when :motorcycle then 1 else 0 end
			    where id = :day and not closed and booked < quota
			        and (not :motorcycle or motorcycle_quota is null or motorcycle_booked < motorcycle_quota)
			    returning 1),
			s as (
			    update slot set booked = booked + 1
			    where service_day_id = :day and start_time = :start and booked < capacity and exists (select 1 from d)
			    returning 1)
			select (select count(*) from s) as slot_claimed, (select count(*) from d) as day_claimed""";

	/** Day first (the lock order), the motorcycle lane with it. */
	static final String RELEASE_DAY_SQL = """
			update service_day set booked = greatest(booked - 1, 0),
			    motorcycle_booked = case when :motorcycle then greatest(motorcycle_booked - 1, 0) else motorcycle_booked end
			where id = :day""";

	static final String RELEASE_SLOT_SQL = """
			update slot set booked = booked - 1 where service_day_id = :day and start_time = :start and booked > 0""";

	static final String LOCK_DAYS_SQL = """
			select id from service_day where id in (:days) order by service_date, id for no key update""";

	private final JdbcClient jdbc;

	private final PublishedAvailability published;

	CapacityClaims(JdbcClient jdbc, PublishedAvailability published) {
		this.jdbc = jdbc;
		this.published = published;
	}

	/**
	 * Locks the days a transaction is going to change, in the one order every path uses (date order), before
	 * it touches any of them: for changes that span days, such as a move from one day to another.
	 */
	public void lockDays(java.util.Collection<Long> dayIds) {
		if (!dayIds.isEmpty()) {
			jdbc.sql(LOCK_DAYS_SQL).param("days", dayIds).query(Long.class).list();
		}
	}

	/**
	 * Claims one place, or throws {@link CapacityUnavailableException} (which rolls the caller's
	 * transaction back, undoing a day claim whose slot turned out to be full).
	 */
	public void claim(long dayId, LocalTime slotStart, boolean motorcycle) {
		var claimed = claimRows(dayId, slotStart, motorcycle);
		if (claimed[0] == 1 && claimed[1] == 1) {
			published.changed(dayId);
			return;
		}
		throw new CapacityUnavailableException(whyNot(dayId, claimed[1] == 1, motorcycle));
	}

	/**
	 * Claims one place if there is one, without throwing: for the waiting list, which runs inside another
	 * change's transaction and must not mark it for rollback when the day turns out to be full. A day place
	 * claimed for a full slot is given back at once (the day row is still ours, so this takes no new lock).
	 */
	public boolean tryClaim(long dayId, LocalTime slotStart, boolean motorcycle) {
		var claimed = claimRows(dayId, slotStart, motorcycle);
		if (claimed[1] == 1 && claimed[0] == 0) {
			releaseDay(dayId, motorcycle);
		}
		if (claimed[0] == 1 && claimed[1] == 1) {
			published.changed(dayId);
			return true;
		}
		return false;
	}

	private int[] claimRows(long dayId, LocalTime slotStart, boolean motorcycle) {
		return jdbc.sql(CLAIM_SQL)
			.param("day", dayId)
			.param("motorcycle", motorcycle)
			.param("start", slotStart)
			.query((rs, n) -> new int[] { rs.getInt("slot_claimed"), rs.getInt("day_claimed") })
			.single();
	}

	/**
	 * Gives one place back to the day (and the motorcycle lane) and the slot, for a cancelled or moved
	 * booking: the day first, as everywhere.
	 */
	public void release(long dayId, LocalTime slotStart, boolean motorcycle) {
		published.changed(dayId);
		releaseDay(dayId, motorcycle);
		jdbc.sql(RELEASE_SLOT_SQL).param("day", dayId).param("start", slotStart).update();
	}

	private void releaseDay(long dayId, boolean motorcycle) {
		jdbc.sql(RELEASE_DAY_SQL).param("day", dayId).param("motorcycle", motorcycle).update();
	}

	private CapacityUnavailableException.Reason whyNot(long dayId, boolean dayClaimed, boolean motorcycle) {
		if (dayClaimed) {
			return CapacityUnavailableException.Reason.SLOT_FULL; // (or no such slot on that day)
		}
		var day = jdbc.sql("""
				select closed, booked >= quota as full,
				    coalesce(motorcycle_booked >= motorcycle_quota, false) as lane_full
				from service_day where id = :day""")
			.param("day", dayId)
			.query((rs, n) -> new boolean[] { rs.getBoolean("closed"), rs.getBoolean("full"), rs.getBoolean("lane_full") })
			.single();
		if (day[0]) {
			return CapacityUnavailableException.Reason.DAY_CLOSED;
		}
		if (motorcycle && day[2] && !day[1]) {
			return CapacityUnavailableException.Reason.MOTORCYCLE_LANE_FULL;
		}
		return CapacityUnavailableException.Reason.DAY_FULL;
	}

}
