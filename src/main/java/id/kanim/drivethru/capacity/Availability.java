package id.kanim.drivethru.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remaining places per day and slot. Days nobody has touched yet exist only in the office's defaults, so
 * reading availability never writes; it costs two indexed queries for the whole horizon.
 */
@Service
@Transactional(readOnly = true)
public class Availability {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Holidays holidays;

	private final ServiceDays serviceDays;

	Availability(JdbcClient jdbc, Clock clock, Holidays holidays, ServiceDays serviceDays) {
		this.serviceDays = serviceDays;
		this.jdbc = jdbc;
		this.clock = clock;
		this.holidays = holidays;
	}

	/** The bookable days between two dates (each clipped to the horizon), on the office's open weekdays. */
	public List<DayAvailability> between(OfficeSettings office, LocalDate from, LocalDate to) {
		return withoutSlotsOver(office,
				calendar(office, max(from, office.firstBookableDate(clock)), min(to, office.lastBookableDate(clock))));
	}

	/**
	 * The days as applicants may book them now: today's slots that are already over offer nothing (same-day
	 * booking). Applied to every answer as it is given, since it changes with the clock, not with the rows.
	 */
	List<DayAvailability> withoutSlotsOver(OfficeSettings office, List<DayAvailability> days) {
		if (days.isEmpty() || !days.get(0).date().equals(office.today(clock))) {
			return days;
		}
		// Same-day booking: today's slots that are already over offer nothing.
		var today = days.get(0);
		var slots = today.slots().stream()
			.map(s -> office.slotOver(today.date(), s.end(), clock)
					? new DayAvailability.SlotAvailability(s.start(), s.end(), s.capacity(), 0) : s)
			.toList();
		var result = new ArrayList<>(days);
		result.set(0, new DayAvailability(today.date(), today.status(), today.quota(), today.booked(),
				today.remaining(), today.closedReason(), today.holiday(), slots, today.motorcycleQuota(),
				today.motorcycleRemaining()));
		return result;
	}

	/**
	 * The office's open weekdays between two dates as they stand, bookable or not (for supervisors, who
	 * plan beyond the applicants' horizon).
	 */
	public List<DayAvailability> calendar(OfficeSettings office, LocalDate first, LocalDate last) {
		return calendar(office, first, last, new java.util.HashSet<>());
	}

	/** The same, also collecting the ids of the day rows it read (for {@link PublishedAvailability}). */
	List<DayAvailability> calendar(OfficeSettings office, LocalDate first, LocalDate last, java.util.Set<Long> dayIds) {
		if (first.isAfter(last)) {
			return List.of();
		}
		var days = new HashMap<LocalDate, DayRow>();
		jdbc.sql("""
				select id, service_date, quota, booked, closed, closed_reason, motorcycle_quota, motorcycle_booked
				from service_day
				where office_id = :office and service_date between :first and :last""")
			.param("office", office.id())
			.param("first", first)
			.param("last", last)
			.query((rs, n) -> new DayRow(rs.getLong("id"), rs.getObject("service_date", LocalDate.class),
					rs.getInt("quota"), rs.getInt("booked"), rs.getBoolean("closed"), rs.getString("closed_reason"),
					rs.getObject("motorcycle_quota", Integer.class), rs.getInt("motorcycle_booked")))
			.list()
			.forEach(d -> {
				days.put(d.date(), d);
				dayIds.add(d.id());
			});
		var slotsByDay = new HashMap<Long, List<DayAvailability.SlotAvailability>>();
		if (!days.isEmpty()) {
			jdbc.sql("""
					select s.service_day_id, s.start_time, s.end_time, s.capacity, s.booked from slot s
					join service_day d on d.id = s.service_day_id
					where d.office_id = :office and d.service_date between :first and :last
					order by s.service_day_id, s.start_time""")
				.param("office", office.id())
				.param("first", first)
				.param("last", last)
				.query((rs, n) -> {
					var slot = new DayAvailability.SlotAvailability(rs.getObject("start_time", LocalTime.class),
							rs.getObject("end_time", LocalTime.class), rs.getInt("capacity"),
							Math.max(0, rs.getInt("capacity") - rs.getInt("booked")));
					slotsByDay.computeIfAbsent(rs.getLong("service_day_id"), k -> new ArrayList<>()).add(slot);
					return slot;
				})
				.list();
		}
		var result = new ArrayList<DayAvailability>();
		for (var date = first; !date.isAfter(last); date = date.plusDays(1)) {
			if (!office.isOpenWeekday(date)) {
				continue;
			}
			var row = days.get(date);
			result.add(row == null ? untouched(office, date) : toAvailability(row, slotsByDay.get(row.id())));
		}
		return result;
	}

	/** The one day, if it is bookable at all (within the horizon and on an open weekday). */
	public List<DayAvailability> on(OfficeSettings office, LocalDate date) {
		return between(office, date, date);
	}

	private DayAvailability untouched(OfficeSettings office, LocalDate date) {
		var slots = office.slotTimes().stream()
			.map(s -> new DayAvailability.SlotAvailability(s.start(), s.end(), office.defaultSlotCapacity(),
					office.defaultSlotCapacity()))
			.toList();
		var start = serviceDays.newDay(office, date);
		if (start.closed()) {
			return new DayAvailability(date, DayStatus.CLOSED, start.quota(), 0, 0, start.closedReason(),
					start.closingHoliday(), limitedBy(0, slots), start.motorcycleQuota(),
					start.motorcycleQuota() == null ? null : 0);
		}
		var status = start.quota() > 0 ? DayStatus.OPEN : DayStatus.FULL;
		return new DayAvailability(date, status, start.quota(), 0, start.quota(), null, null,
				limitedBy(start.quota(), slots), start.motorcycleQuota(), lane(start.motorcycleQuota(), 0, start.quota()));
	}

	private DayAvailability toAvailability(DayRow day, List<DayAvailability.SlotAvailability> slots) {
		var remaining = Math.max(0, day.quota() - day.booked());
		var status = day.closed() ? DayStatus.CLOSED : remaining == 0 ? DayStatus.FULL : DayStatus.OPEN;
		var daySlots = slots == null ? List.<DayAvailability.SlotAvailability>of() : slots;
		if (status != DayStatus.OPEN) {
			daySlots = daySlots.stream()
				.map(s -> new DayAvailability.SlotAvailability(s.start(), s.end(), s.capacity(), 0))
				.toList();
		}
		int open = day.closed() ? 0 : remaining;
		return new DayAvailability(day.date(), status, day.quota(), day.booked(), open, day.closedReason(),
				holidays.on(day.date()).orElse(null), limitedBy(open, daySlots), day.motorcycleQuota(),
				lane(day.motorcycleQuota(), day.motorcycleBooked(), open));
	}

	/** Places left in the motorcycle lane: its own quota, but never more than the day has left. */
	private static Integer lane(Integer quota, int booked, int dayRemaining) {
		return quota == null ? null : Math.max(0, Math.min(quota - booked, dayRemaining));
	}

	/** A slot never offers more places than the day has left. */
	private static List<DayAvailability.SlotAvailability> limitedBy(int dayRemaining,
			List<DayAvailability.SlotAvailability> slots) {
		return slots.stream()
			.map(s -> s.remaining() > dayRemaining
					? new DayAvailability.SlotAvailability(s.start(), s.end(), s.capacity(), dayRemaining) : s)
			.toList();
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a == null || a.isBefore(b) ? b : a;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a == null || a.isAfter(b) ? b : a;
	}

	private record DayRow(long id, LocalDate date, int quota, int booked, boolean closed, String closedReason,
			Integer motorcycleQuota, int motorcycleBooked) {
	}

}
