package id.kanim.drivethru.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kanim.drivethru.booking.DayCancellations;
import id.kanim.drivethru.capacity.CapacityAdjustments;
import id.kanim.drivethru.capacity.CapacityTransactions;
import id.kanim.drivethru.capacity.PlacesFreed;
import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.OfficeDefaults;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's changes to the quota, slot capacities and closures of one date or a range of dates. Each
 * call is one transaction: either every date changes or, if one date refuses (fewer places than already
 * booked, bookings on a day to close), none does, and the refusal names the dates and their bookings.
 * Every change is written to the capacity change log. Each runs through {@link CapacityTransactions}: after
 * its days exist, in one transaction that follows the lock order of {@code CapacityClaims}, run again
 * should the database abort it.
 */
@Service
public class QuotaPlanning {

	/** A supervisor changes at most a year at once; longer ranges are almost certainly a typo. */
	static final int MAX_RANGE_DAYS = 366;

	private final Offices offices;

	private final ServiceDays serviceDays;

	private final CapacityAdjustments adjustments;

	private final DayCancellations cancellations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CapacityTransactions transactions;

	QuotaPlanning(Offices offices, ServiceDays serviceDays, CapacityAdjustments adjustments,
			DayCancellations cancellations, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			CapacityTransactions transactions) {
		this.transactions = transactions;
		this.offices = offices;
		this.serviceDays = serviceDays;
		this.adjustments = adjustments;
		this.cancellations = cancellations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Sets the daily quota of each date; raising it frees places that waiting applicants get at once. */
	public void setQuota(String officeCode, LocalDate from, LocalDate to, int quota, String actor) {
		var office = offices.byCode(officeCode);
		changeEachDay(office, from, to, PlanningRefusedException.Kind.QUOTA_BELOW_BOOKED, (date, dayId, before) -> {
			var refused = adjustments.setQuota(dayId, quota);
			if (refused.isEmpty()) {
				log(office, date, actor, "QUOTA", String.valueOf(before.quota()), String.valueOf(quota), null);
				if (quota > before.quota()) {
					events.publishEvent(new PlacesFreed(office.id(), date));
				}
			}
			return refused.stream().toList();
		});
	}

	/**
	 * Sets the motorcycle lane's own quota on each date (null: the lane shares the day's quota freely);
	 * refused where it is below the motorcycles already booked.
	 */
	public void setMotorcycleQuota(String officeCode, LocalDate from, LocalDate to, Integer quota, String actor) {
		var office = offices.byCode(officeCode);
		changeEachDay(office, from, to, PlanningRefusedException.Kind.QUOTA_BELOW_BOOKED, (date, dayId, before) -> {
			var refused = adjustments.setMotorcycleQuota(dayId, quota);
			if (refused.isEmpty()) {
				log(office, date, actor, "MOTORCYCLE_QUOTA", null, String.valueOf(quota), null);
				events.publishEvent(new PlacesFreed(office.id(), date));
			}
			return refused.stream().toList();
		});
	}

	/**
	 * Sets the capacity of one slot (or of every slot when {@code slotStart} is null) on each date. The day
	 * is locked before its slots, as on every capacity path.
	 */
	public void setSlotCapacity(String officeCode, LocalDate from, LocalDate to, LocalTime slotStart, int capacity,
			String actor) {
		var office = offices.byCode(officeCode);
		changeEachDay(office, from, to, PlanningRefusedException.Kind.CAPACITY_BELOW_BOOKED, (date, dayId, before) -> {
			var starts = slotStart == null ? adjustments.slotStarts(dayId) : List.of(slotStart);
			var refused = new ArrayList<Integer>();
			for (var start : starts) {
				adjustments.setSlotCapacity(dayId, start, capacity).ifPresent(refused::add);
			}
			log(office, date, actor, "SLOT_CAPACITY", null,
					(slotStart == null ? "*" : slotStart.toString()) + "=" + capacity, null);
			events.publishEvent(new PlacesFreed(office.id(), date));
			return refused;
		});
	}

	/**
	 * Makes one change on each date of the range in one transaction, each day locked (in date order) before it
	 * changes. A date that refuses (places below what is booked) is collected, and any refusal refuses the
	 * whole change, naming every such date: the transaction then rolls back, with its log lines and what its
	 * events did (their listeners run inside it).
	 */
	private void changeEachDay(OfficeSettings office, LocalDate from, LocalDate to, PlanningRefusedException.Kind kind,
			DayChange change) {
		var days = days(office, from, to);
		transactions.run(() -> {
			var refusals = new ArrayList<Refusal>();
			days.forEach((date, dayId) -> change.apply(date, dayId, adjustments.lock(dayId))
				.forEach(booked -> refusals.add(new Refusal(date, booked))));
			refuseIfAny(kind, refusals);
			return null;
		});
	}

	/** One date's change, made once its day is locked: the bookings of each place that refuses it. */
	@FunctionalInterface
	private interface DayChange {

		List<Integer> apply(LocalDate date, long dayId, CapacityAdjustments.DayState before);

	}

	/**
	 * Closes each date with a reason applicants will see. A date that holds bookings is only closed when
	 * the supervisor chose to cancel them; each cancelled applicant is then notified. The bookings are locked
	 * before their day, as an applicant's own cancellation locks them.
	 * @return how many bookings were cancelled
	 */
	public int close(String officeCode, LocalDate from, LocalDate to, String reason, boolean cancelBookings,
			String actor) {
		var office = offices.byCode(officeCode);
		var days = days(office, from, to);
		return transactions.run(() -> {
			var refusals = new ArrayList<Refusal>();
			int cancelled = 0;
			if (cancelBookings) {
				days.values().forEach(cancellations::lockBooked);
			}
			for (var day : days.entrySet()) {
				var date = day.getKey();
				long dayId = day.getValue();
				var before = adjustments.lock(dayId);
				if (before.booked() > 0 && cancelBookings) {
					var codes = cancellations.cancelAllBooked(dayId, reason);
					cancelled += codes.size();
					if (!codes.isEmpty()) {
						log(office, date, actor, "CANCEL_BOOKINGS", String.valueOf(codes.size()), null, reason);
					}
				}
				var refused = adjustments.close(dayId, reason);
				if (refused.isPresent()) {
					refusals.add(new Refusal(date, refused.get()));
					continue;
				}
				log(office, date, actor, "CLOSE", before.closed() ? "closed" : "open", "closed", reason);
			}
			refuseIfAny(PlanningRefusedException.Kind.DAY_HAS_BOOKINGS, refusals);
			return cancelled;
		});
	}

	/** Opens each date again, including national holidays the office decides to serve on. */
	public void reopen(String officeCode, LocalDate from, LocalDate to, String actor) {
		var office = offices.byCode(officeCode);
		var days = days(office, from, to);
		transactions.run(() -> {
			days.forEach((date, dayId) -> {
				var before = adjustments.lock(dayId);
				adjustments.reopen(dayId);
				if (before.closed()) {
					log(office, date, actor, "REOPEN", "closed", "open", before.closedReason());
					events.publishEvent(new PlacesFreed(office.id(), date));
				}
			});
			return null;
		});
	}

	/**
	 * Changes the office's defaults. Future days that already exist and still have the old default quota
	 * follow the new one (with the same guard as any quota change); days a supervisor set by hand keep their
	 * quota. A new opening time, closing time or slot length gives the untouched future days (nothing booked)
	 * the new slots; days with bookings keep theirs, and are returned so the supervisor can see which.
	 */
	public DefaultsChanged changeDefaults(String officeCode, String name, String address, OfficeDefaults defaults,
			String actor) {
		return transactions.run(() -> {
			var before = offices.byCode(officeCode);
			var after = offices.changeDefaults(officeCode, name, address, defaults);
			var days = serviceDays.stored(before, before.today(clock), null)
				.stream()
				.map(d -> new ExistingDay(d.id(), d.date(), d.quota()))
				.toList();
			if (before.defaultQuota() != after.defaultQuota()) {
				var refusals = new ArrayList<Refusal>();
				for (var day : days) {
					if (day.quota() != before.defaultQuota()) {
						continue;
					}
					adjustments.lock(day.id());
					adjustments.setQuota(day.id(), after.defaultQuota())
						.ifPresent(booked -> refusals.add(new Refusal(day.date(), booked)));
					if (after.defaultQuota() > before.defaultQuota()) {
						events.publishEvent(new PlacesFreed(after.id(), day.date()));
					}
				}
				refuseIfAny(PlanningRefusedException.Kind.QUOTA_BELOW_BOOKED, refusals);
			}
			var keptSlots = new ArrayList<LocalDate>();
			if (!before.slotTimes().equals(after.slotTimes())) {
				for (var day : days) {
					if (adjustments.replaceSlots(day.id(), after.slotTimes(), after.defaultSlotCapacity())) {
						events.publishEvent(new PlacesFreed(after.id(), day.date()));
					}
					else {
						keptSlots.add(day.date());
					}
				}
			}
			var changes = describeChanges(before, after);
			if (!changes.isEmpty()) {
				log(after, null, actor, "DEFAULTS", changes.get(0), changes.get(1), null);
			}
			return new DefaultsChanged(after, List.copyOf(keptSlots));
		});
	}

	/**
	 * The office's settings after a change of defaults, and the future days that kept their old slots because
	 * they hold bookings.
	 */
	public record DefaultsChanged(OfficeSettings settings, List<LocalDate> daysWithOldSlots) {
	}

	private record ExistingDay(long id, LocalDate date, int quota) {
	}

	/** The settings that changed, as "before" and "after" texts, or an empty list. */
	private static List<String> describeChanges(OfficeSettings before, OfficeSettings after) {
		var old = new StringBuilder();
		var now = new StringBuilder();
		compare(old, now, "quota", before.defaultQuota(), after.defaultQuota());
		compare(old, now, "slotCapacity", before.defaultSlotCapacity(), after.defaultSlotCapacity());
		compare(old, now, "hours", before.opensAt() + "-" + before.closesAt(), after.opensAt() + "-" + after.closesAt());
		compare(old, now, "slotMinutes", before.slotMinutes(), after.slotMinutes());
		compare(old, now, "weekdays", before.openWeekdays().stream().sorted().toList(),
				after.openWeekdays().stream().sorted().toList());
		compare(old, now, "horizon", before.bookingHorizonDays(), after.bookingHorizonDays());
		compare(old, now, "proxies", before.proxiesAllowed(), after.proxiesAllowed());
		compare(old, now, "readyList", before.readyListRequired(), after.readyListRequired());
		compare(old, now, "motorcycleQuota", String.valueOf(before.motorcycleQuota()), String.valueOf(after.motorcycleQuota()));
		compare(old, now, "sameDayUntil", String.valueOf(before.sameDayBookingUntil()),
				String.valueOf(after.sameDayBookingUntil()));
		compare(old, now, "name", before.name(), after.name());
		compare(old, now, "address", before.address(), after.address());
		return old.isEmpty() ? List.of() : List.of(truncate(old), truncate(now));
	}

	private static void compare(StringBuilder old, StringBuilder now, String what, Object before, Object after) {
		if (!before.equals(after)) {
			old.append(old.isEmpty() ? "" : "; ").append(what).append('=').append(before);
			now.append(now.isEmpty() ? "" : "; ").append(what).append('=').append(after);
		}
	}

	private static String truncate(StringBuilder text) {
		return text.length() <= 300 ? text.toString() : text.substring(0, 297) + "...";
	}

	/** The latest changes of an office, newest first. */
	@Transactional(readOnly = true)
	public List<CapacityChange> recentChanges(String officeCode, int limit) {
		var office = offices.byCode(officeCode);
		return jdbc.sql("""
				select service_date, changed_by, changed_at, change, old_value, new_value, reason
				from capacity_change where office_id = :office order by changed_at desc, id desc limit :limit""")
			.param("office", office.id())
			.param("limit", limit)
			.query((rs, n) -> new CapacityChange(rs.getObject("service_date", LocalDate.class),
					rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("change"),
					rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason")))
			.list();
	}

	/**
	 * The days of the range, created first if they are new: before the change's transaction opens, so that it
	 * never needs a second connection. In date order, the order in which the change locks them.
	 */
	private Map<LocalDate, Long> days(OfficeSettings office, LocalDate from, LocalDate to) {
		return serviceDays.ensureAll(office, dates(office, from, to));
	}

	/** The dates of the range on which the office serves, from today on. */
	private List<LocalDate> dates(OfficeSettings office, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new PlanningRefusedException(PlanningRefusedException.Kind.INVALID_RANGE, List.of());
		}
		if (from.isBefore(office.today(clock))) {
			throw new PlanningRefusedException(PlanningRefusedException.Kind.DATE_IN_PAST, List.of());
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
			throw new PlanningRefusedException(PlanningRefusedException.Kind.RANGE_TOO_LONG, List.of());
		}
		var dates = new ArrayList<LocalDate>();
		for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
			if (office.isOpenWeekday(date)) {
				dates.add(date);
			}
		}
		return dates;
	}

	private void log(OfficeSettings office, LocalDate date, String actor, String change, String oldValue,
			String newValue, String reason) {
		jdbc.sql("""
				insert into capacity_change (office_id, service_date, changed_by, changed_at, change, old_value,
				    new_value, reason)
				values (:office, :date, :actor, :at, :change, :old, :new, :reason)""")
			.param("office", office.id())
			.param("date", date)
			.param("actor", actor)
			.param("at", java.sql.Timestamp.from(Instant.now(clock)))
			.param("change", change)
			.param("old", oldValue)
			.param("new", newValue)
			.param("reason", reason)
			.update();
	}

	private static void refuseIfAny(PlanningRefusedException.Kind kind, List<Refusal> refusals) {
		if (!refusals.isEmpty()) {
			throw new PlanningRefusedException(kind, refusals);
		}
	}

	/** A date the change could not be made on, and how many places are booked there. */
	public record Refusal(LocalDate date, int booked) {
	}

	/** One line of the change log. */
	public record CapacityChange(LocalDate date, String changedBy, Instant changedAt, String change, String oldValue,
			String newValue, String reason) {
	}

}
