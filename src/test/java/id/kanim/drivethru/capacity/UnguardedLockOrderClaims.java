package id.kanim.drivethru.capacity;

import java.time.LocalTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The old lock order, which the real {@link CapacityClaims} no longer has: claims and releases lock the slot
 * and then the day, while supervisors' changes, cancellations (through the waiting list) and moves lock the
 * day and then a slot. Each claim is still guarded, so it never overbooks; it deadlocks. Only for proving
 * that {@link CapacityPathsRaceTest} would notice.
 */
public class UnguardedLockOrderClaims extends CapacityClaims {

	static final String SLOT_THEN_DAY_SQL = """
			with s as (
			    update slot set booked = booked + 1
			    where service_day_id = :day and start_time = :start and booked < capacity
			    returning 1),
			d as (
			    update service_day set booked = booked + 1, motorcycle_booked = motorcycle_booked + :motorcycle
			    where id = :day and not closed and booked < quota
			        and (:motorcycle = 0 or motorcycle_quota is null or motorcycle_booked < motorcycle_quota)
			        and exists (select 1 from s)
			    returning 1)
			select (select count(*) from s) as slot_claimed, (select count(*) from d) as day_claimed""";

	private final JdbcClient jdbc;

	UnguardedLockOrderClaims(JdbcClient jdbc, PublishedAvailability published) {
		super(jdbc, published);
		this.jdbc = jdbc;
	}

	@Override
	public void claim(long dayId, LocalTime slotStart, boolean motorcycle) {
		var claimed = claimRows(dayId, slotStart, motorcycle);
		if (claimed[0] != 1 || claimed[1] != 1) {
			throw new CapacityUnavailableException(claimed[0] == 1 ? CapacityUnavailableException.Reason.DAY_FULL
					: CapacityUnavailableException.Reason.SLOT_FULL);
		}
	}

	@Override
	public boolean tryClaim(long dayId, LocalTime slotStart, boolean motorcycle) {
		var claimed = claimRows(dayId, slotStart, motorcycle);
		if (claimed[0] == 1 && claimed[1] == 0) {
			jdbc.sql(RELEASE_SLOT_SQL).param("day", dayId).param("start", slotStart).update();
		}
		return claimed[0] == 1 && claimed[1] == 1;
	}

	@Override
	public void release(long dayId, LocalTime slotStart, boolean motorcycle) {
		jdbc.sql(RELEASE_SLOT_SQL).param("day", dayId).param("start", slotStart).update();
		jdbc.sql(RELEASE_DAY_SQL).param("day", dayId).param("motorcycle", motorcycle).update();
	}

	@Override
	public void lockDays(java.util.Collection<Long> dayIds) {
		// The old code locked nothing up front.
	}

	private int[] claimRows(long dayId, LocalTime slotStart, boolean motorcycle) {
		return jdbc.sql(SLOT_THEN_DAY_SQL)
			.param("day", dayId)
			.param("start", slotStart)
			.param("motorcycle", motorcycle ? 1 : 0)
			.query((rs, n) -> new int[] { rs.getInt("slot_claimed"), rs.getInt("day_claimed") })
			.single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		CapacityClaims unguardedLockOrderClaims(JdbcClient jdbc, PublishedAvailability published) {
			return new UnguardedLockOrderClaims(jdbc, published);
		}

	}

}
