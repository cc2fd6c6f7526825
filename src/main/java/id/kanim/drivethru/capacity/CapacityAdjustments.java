package id.kanim.drivethru.capacity;

import java.time.LocalTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's changes to one service day, each a single guarded UPDATE so it cannot break a booking
 * even when it races one. Like a booking's claim, the UPDATE locks the day (or slot) row; a booking waiting
 * on that lock re-checks {@code booked < quota} against the new quota, and this UPDATE re-checks
 * {@code booked <= :quota} against a booking that committed first. So a lowered quota and a last booking
 * can never both succeed past the limit, and the CHECK constraints stand behind both. Runs inside the
 * caller's transaction, so a change over a range of dates is all or nothing.
 *
 * <p>Every change follows the lock order written in {@link CapacityClaims}: the caller locks the day
 * ({@link #lock}) before it changes one of its slots, and takes several days in date order.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CapacityAdjustments {

	private final JdbcClient jdbc;

	private final PublishedAvailability published;

	CapacityAdjustments(JdbcClient jdbc, PublishedAvailability published) {
		this.jdbc = jdbc;
		this.published = published;
	}

	/** The day's quota and counters as they are now, locked until the transaction ends. */
	public DayState lock(long dayId) {
		return jdbc.sql("""
				select quota, booked, closed, closed_reason from service_day where id = :day for no key update""")
			.param("day", dayId)
			.query((rs, n) -> new DayState(rs.getInt("quota"), rs.getInt("booked"), rs.getBoolean("closed"),
					rs.getString("closed_reason")))
			.single();
	}

	/**
	 * Sets the day's quota unless it is below the places already booked.
	 * @return empty when done, otherwise how many places are booked
	 */
	public Optional<Integer> setQuota(long dayId, int quota) {
		published.changed(dayId);
		int changed = jdbc.sql("update service_day set quota = :quota where id = :day and booked <= :quota")
			.param("quota", quota)
			.param("day", dayId)
			.update();
		return changed == 1 ? Optional.empty() : Optional.of(booked(dayId));
	}

	/**
	 * Sets the motorcycle lane's own quota (null: no limit of its own) unless it is below the motorcycles
	 * already booked.
	 * @return empty when done, otherwise how many motorcycles are booked
	 */
	public Optional<Integer> setMotorcycleQuota(long dayId, Integer quota) {
		published.changed(dayId);
		int changed = jdbc.sql("""
				update service_day set motorcycle_quota = :quota
				where id = :day and (cast(:quota as integer) is null or motorcycle_booked <= :quota)""")
			.param("quota", quota, java.sql.Types.INTEGER)
			.param("day", dayId)
			.update();
		if (changed == 1) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("select motorcycle_booked from service_day where id = :day")
			.param("day", dayId)
			.query(Integer.class)
			.single());
	}

	/** The start times of the day's own slots. */
	public java.util.List<LocalTime> slotStarts(long dayId) {
		return jdbc.sql("select start_time from slot where service_day_id = :day order by start_time")
			.param("day", dayId)
			.query(LocalTime.class)
			.list();
	}

	/**
	 * Sets one slot's capacity unless it is below the places already booked in it.
	 * @return empty when done, otherwise how many places the slot holds
	 */
	public Optional<Integer> setSlotCapacity(long dayId, LocalTime start, int capacity) {
		published.changed(dayId);
		int changed = jdbc.sql("""
				update slot set capacity = :capacity
				where service_day_id = :day and start_time = :start and booked <= :capacity""")
			.param("capacity", capacity)
			.param("day", dayId)
			.param("start", start)
			.update();
		if (changed == 1) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("select booked from slot where service_day_id = :day and start_time = :start")
			.param("day", dayId)
			.param("start", start)
			.query(Integer.class)
			.optional()
			.orElse(0));
	}

	/**
	 * Closes the day unless it still holds bookings (the caller cancels them first if the supervisor chose
	 * to).
	 * @return empty when done, otherwise how many places are booked
	 */
	public Optional<Integer> close(long dayId, String reason) {
		published.changed(dayId);
		int changed = jdbc.sql("""
				update service_day set closed = true, closed_reason = :reason where id = :day and booked = 0""")
			.param("reason", reason)
			.param("day", dayId)
			.update();
		return changed == 1 ? Optional.empty() : Optional.of(booked(dayId));
	}

	/**
	 * Gives an untouched day (nothing booked) the slots of the office's new hours or slot length, each with
	 * the default capacity. A day with bookings keeps its slots: its applicants booked those times.
	 * @return whether the day was changed
	 */
	public boolean replaceSlots(long dayId, java.util.List<id.kanim.drivethru.office.OfficeSettings.SlotTime> slots,
			int capacity) {
		published.changed(dayId);
		var state = lock(dayId);
		boolean untouched = state.booked() == 0 && !jdbc.sql("""
				select exists (select 1 from slot where service_day_id = :day and booked > 0)""")
			.param("day", dayId)
			.query(Boolean.class)
			.single();
		if (!untouched) {
			return false;
		}
		jdbc.sql("delete from slot where service_day_id = :day").param("day", dayId).update();
		for (var slot : slots) {
			jdbc.sql("""
					insert into slot (service_day_id, start_time, end_time, capacity)
					values (:day, :start, :end, :capacity)""")
				.param("day", dayId)
				.param("start", slot.start())
				.param("end", slot.end())
				.param("capacity", capacity)
				.update();
		}
		return true;
	}

	public void reopen(long dayId) {
		published.changed(dayId);
		jdbc.sql("update service_day set closed = false, closed_reason = null where id = :day")
			.param("day", dayId)
			.update();
	}

	private int booked(long dayId) {
		return jdbc.sql("select booked from service_day where id = :day")
			.param("day", dayId)
			.query(Integer.class)
			.single();
	}

	/** A day's numbers at one moment. */
	public record DayState(int quota, int booked, boolean closed, String closedReason) {
	}

}
