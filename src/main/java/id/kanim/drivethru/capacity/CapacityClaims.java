package id.kanim.drivethru.capacity;

import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims and releases places on a service day and one of its slots. Must run inside the caller's
 * transaction: the claim is the last statement before commit, so the row locks it takes are held as briefly
 * as possible.
 *
 * <p>Why this cannot overbook: each counter is raised by one conditional {@code UPDATE ... WHERE booked <
 * limit}. PostgreSQL takes the row lock before it changes the row, and a second transaction waiting on that
 * lock re-checks the {@code WHERE} clause against the committed new row once the lock is released (READ
 * COMMITTED's re-evaluation). So whatever the number of requests or app instances, only as many updates
 * succeed as there are places; the others match no row. No read-then-write gap exists for a race to slip
 * through, and the {@code CHECK (booked <= quota)} constraints stand behind it in case code ever forgets the
 * condition. A {@code SELECT ... FOR UPDATE} would work too but costs a second round trip while the lock is
 * held; serializable isolation would turn contention into retries.
 *
 * <p>Lock order is always slot, then day, in one statement: the day row is the hottest (every booking of the
 * day touches it), so it is locked last and released at commit straight after.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CapacityClaims {

	/**
	 * Raises the slot counter, then (only if that worked) the day counter, in one round trip. The
	 * uncorrelated {@code exists} becomes an InitPlan, so the slot update runs first.
	 */
	static final String CLAIM_SQL = """
			with s as (
			    update slot set booked = booked + 1
			    where service_day_id = :day and start_time = :start and booked < capacity
			    returning 1),
			d as (
			    update service_day set booked = booked + 1
			    where id = :day and not closed and booked < quota and exists (select 1 from s)
			    returning 1)
			select (select count(*) from s) as slot_claimed, (select count(*) from d) as day_claimed""";

	/**
	 * The same for a motorcycle: the day's total and the motorcycle lane's own count, which may have a quota
	 * of its own (NULL: no limit). Cars use {@link #CLAIM_SQL} and never touch the lane count.
	 */
	static final String CLAIM_MOTORCYCLE_SQL = """
			with s as (
			    update slot set booked = booked + 1
			    where service_day_id = :day and start_time = :start and booked < capacity
			    returning 1),
			d as (
			    update service_day set booked = booked + 1, motorcycle_booked = motorcycle_booked + 1
			    where id = :day and not closed and booked < quota
			        and (motorcycle_quota is null or motorcycle_booked < motorcycle_quota) and exists (select 1 from s)
			    returning 1)
			select (select count(*) from s) as slot_claimed, (select count(*) from d) as day_claimed""";

	static final String RELEASE_MOTORCYCLE_SQL = """
			update service_day set motorcycle_booked = motorcycle_booked - 1 where id = :day and motorcycle_booked > 0""";

	static final String RELEASE_SLOT_SQL = """
			update slot set booked = booked - 1 where service_day_id = :day and start_time = :start and booked > 0""";

	static final String RELEASE_DAY_SQL = """
			update service_day set booked = booked - 1 where id = :day and booked > 0""";

	private final JdbcClient jdbc;

	private final PublishedAvailability published;

	CapacityClaims(JdbcClient jdbc, PublishedAvailability published) {
		this.jdbc = jdbc;
		this.published = published;
	}

	/**
	 * Claims one place, or throws {@link CapacityUnavailableException} (which rolls the caller's
	 * transaction back, undoing a slot claim whose day turned out to be full).
	 */
	public void claim(long dayId, LocalTime slotStart, boolean motorcycle) {
		var claimed = jdbc.sql(motorcycle ? CLAIM_MOTORCYCLE_SQL : CLAIM_SQL)
			.param("day", dayId)
			.param("start", slotStart)
			.query((rs, n) -> new int[] { rs.getInt("slot_claimed"), rs.getInt("day_claimed") })
			.single();
		if (claimed[0] == 1 && claimed[1] == 1) {
			published.changed(dayId);
			return;
		}
		throw new CapacityUnavailableException(whyNot(dayId, claimed[0] == 1, motorcycle));
	}

	/**
	 * Claims one place if there is one, without throwing: for the waiting list, which runs inside another
	 * change's transaction and must not mark it for rollback when the day turns out to be full. A slot place
	 * claimed on a full day is given back at once.
	 */
	public boolean tryClaim(long dayId, LocalTime slotStart, boolean motorcycle) {
		var claimed = jdbc.sql(motorcycle ? CLAIM_MOTORCYCLE_SQL : CLAIM_SQL)
			.param("day", dayId)
			.param("start", slotStart)
			.query((rs, n) -> new int[] { rs.getInt("slot_claimed"), rs.getInt("day_claimed") })
			.single();
		if (claimed[0] == 1 && claimed[1] == 0) {
			jdbc.sql(RELEASE_SLOT_SQL).param("day", dayId).param("start", slotStart).update();
		}
		if (claimed[0] == 1 && claimed[1] == 1) {
			published.changed(dayId);
			return true;
		}
		return false;
	}

	/** Gives one place back to the day and the slot (and the motorcycle lane), for a cancelled or moved booking. */
	public void release(long dayId, LocalTime slotStart, boolean motorcycle) {
		published.changed(dayId);
		jdbc.sql(RELEASE_SLOT_SQL).param("day", dayId).param("start", slotStart).update();
		if (motorcycle) {
			jdbc.sql(RELEASE_MOTORCYCLE_SQL).param("day", dayId).update();
		}
		jdbc.sql(RELEASE_DAY_SQL).param("day", dayId).update();
	}

	private CapacityUnavailableException.Reason whyNot(long dayId, boolean slotClaimed, boolean motorcycle) {
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
		if (day[1] || slotClaimed) {
			return CapacityUnavailableException.Reason.DAY_FULL;
		}
		return CapacityUnavailableException.Reason.SLOT_FULL;
	}

}
