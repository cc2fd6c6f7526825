package id.kanim.drivethru.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an office's service day, with its slots, the first time a date is needed. Days are never deleted,
 * so once a day's id is known it is remembered for the life of the process. Runs in a transaction of its own
 * so that the id is only remembered once the day is committed, and so that the booking transaction after it
 * holds no lock on the new rows.
 *
 * <p>It must be called <em>before</em> the caller's transaction opens, never inside it: a transaction of its
 * own inside an open one holds a second connection of the pool, and a pool of N then stalls at N concurrent
 * callers (each holding one connection and waiting for another). It refuses to run inside a transaction so
 * that mistake fails every test at once instead of a busy morning.
 */
@Service
public class ServiceDays {

	private final JdbcClient jdbc;

	private final Holidays holidays;

	private final Map<DayKey, Long> ids = new ConcurrentHashMap<>();

	private final TransactionTemplate newTransaction;

	ServiceDays(JdbcClient jdbc, Holidays holidays, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.holidays = holidays;
		this.newTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * The id of the office's day, creating it (quota and slots from the office's defaults, closed on a
	 * national holiday or collective leave day) if it is new.
	 * Two requests creating the same day at once are safe: the second insert waits for the first and then
	 * does nothing, and the day and its slots become visible together when the first commits.
	 */
	public long ensure(OfficeSettings office, LocalDate date) {
		return ensureAll(office, List.of(date)).get(date);
	}

	/**
	 * The ids of the office's days, creating those that are new in one transaction (for a supervisor's change
	 * over a range of dates).
	 */
	public Map<LocalDate, Long> ensureAll(OfficeSettings office, List<LocalDate> dates) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Service days must be created before the caller's transaction opens");
		}
		var result = new LinkedHashMap<LocalDate, Long>();
		var missing = new ArrayList<LocalDate>();
		for (var date : dates) {
			var known = ids.get(new DayKey(office.id(), date));
			if (known != null) {
				result.put(date, known);
			}
			else {
				missing.add(date);
			}
		}
		if (!missing.isEmpty()) {
			// Remembered only once committed: another thread given the id of a day still being inserted would
			// fail the booking's foreign key check.
			var created = newTransaction.execute(status -> {
				var found = new LinkedHashMap<LocalDate, Long>();
				for (var date : missing) {
					found.put(date, createOrFind(office, date));
				}
				return found;
			});
			created.forEach((date, id) -> ids.put(new DayKey(office.id(), date), id));
			result.putAll(created);
		}
		// In the caller's order (for a range: date order, the order its transaction locks them in).
		var ordered = new LinkedHashMap<LocalDate, Long>();
		dates.forEach(date -> ordered.put(date, result.get(date)));
		return ordered;
	}

	/** Whether the office's day exists already (without creating it). */
	public boolean exists(OfficeSettings office, LocalDate date) {
		return ids.containsKey(new DayKey(office.id(), date)) || jdbc.sql("""
				select exists (select 1 from service_day where office_id = :office and service_date = :date)""")
			.param("office", office.id())
			.param("date", date)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The slot of the day that starts at this time, from the day's own rows: they, not today's office
	 * settings, say which slots a day has (a change of opening hours leaves days with bookings as they were).
	 */
	public Optional<OfficeSettings.SlotTime> slot(long dayId, LocalTime start) {
		return jdbc.sql("select start_time, end_time from slot where service_day_id = :day and start_time = :start")
			.param("day", dayId)
			.param("start", start)
			.query((rs, n) -> new OfficeSettings.SlotTime(rs.getObject("start_time", LocalTime.class),
					rs.getObject("end_time", LocalTime.class)))
			.optional();
	}

	/**
	 * A stored day as other features read it (in the caller's transaction, without locking it).
	 * @param booked places taken, whatever the lane
	 */
	public record StoredDay(long id, LocalDate date, int quota, int booked, boolean closed) {

		public int remaining() {
			return Math.max(quota - booked, 0);
		}

		public boolean isFull() {
			return booked >= quota;
		}

	}

	/** The office's stored days from {@code from} to {@code to} (both included; null: no end), in date order. */
	public List<StoredDay> stored(OfficeSettings office, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, service_date, quota, booked, closed from service_day
				where office_id = :office and service_date >= :from
				    and (cast(:to as date) is null or service_date <= cast(:to as date))
				order by service_date""")
			.param("office", office.id())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new StoredDay(rs.getLong("id"), rs.getObject("service_date", LocalDate.class),
					rs.getInt("quota"), rs.getInt("booked"), rs.getBoolean("closed")))
			.list();
	}

	/** The office's stored day of the date, if any (without creating it). */
	public Optional<StoredDay> stored(OfficeSettings office, LocalDate date) {
		return stored(office, date, date).stream().findFirst();
	}

	/** A stored day by its id. */
	public StoredDay stored(long dayId) {
		return jdbc.sql("select id, service_date, quota, booked, closed from service_day where id = :day")
			.param("day", dayId)
			.query((rs, n) -> new StoredDay(rs.getLong("id"), rs.getObject("service_date", LocalDate.class),
					rs.getInt("quota"), rs.getInt("booked"), rs.getBoolean("closed")))
			.single();
	}

	/** The day's slots that have a free place, in time order, from the day's own rows. */
	public List<OfficeSettings.SlotTime> slotsWithRoom(long dayId) {
		return jdbc.sql("""
				select start_time, end_time from slot where service_day_id = :day and booked < capacity
				order by start_time""")
			.param("day", dayId)
			.query((rs, n) -> new OfficeSettings.SlotTime(rs.getObject("start_time", LocalTime.class),
					rs.getObject("end_time", LocalTime.class)))
			.list();
	}

	/**
	 * How a day that is not stored yet starts: with the office's default quotas, and closed on a national
	 * holiday or collective leave day (the holiday is its reason) until a supervisor reopens it, which stores
	 * the day. The one place of that rule: {@link #ensure} stores it, {@link Availability} shows it for days
	 * not stored yet, and the reports count a day never stored with it.
	 * @param closingHoliday the holiday that closes the day, or null when it starts open
	 */
	public record NewDay(int quota, Integer motorcycleQuota, Holiday closingHoliday) {

		public boolean closed() {
			return closingHoliday != null;
		}

		public String closedReason() {
			return closed() ? closingHoliday.closureReason() : null;
		}

	}

	public NewDay newDay(OfficeSettings office, LocalDate date) {
		return new NewDay(office.defaultQuota(), office.motorcycleQuota(), holidays.on(date).orElse(null));
	}

	private long createOrFind(OfficeSettings office, LocalDate date) {
		var start = newDay(office, date);
		var created = jdbc.sql("""
				insert into service_day (office_id, service_date, quota, motorcycle_quota, closed, closed_reason)
				values (:office, :date, :quota, :motorcycleQuota, :closed, :reason)
				on conflict (office_id, service_date) do nothing
				returning id""")
			.param("office", office.id())
			.param("date", date)
			.param("quota", start.quota())
			.param("motorcycleQuota", start.motorcycleQuota())
			.param("closed", start.closed())
			.param("reason", start.closedReason())
			.query(Long.class)
			.optional();
		long id;
		if (created.isPresent()) {
			id = created.get();
			for (var slot : office.slotTimes()) {
				insertSlot(id, slot.start(), slot.end(), office.defaultSlotCapacity());
			}
		}
		else {
			id = jdbc.sql("select id from service_day where office_id = :office and service_date = :date")
				.param("office", office.id())
				.param("date", date)
				.query(Long.class)
				.single();
		}
		return id;
	}

	private void insertSlot(long dayId, LocalTime start, LocalTime end, int capacity) {
		jdbc.sql("""
				insert into slot (service_day_id, start_time, end_time, capacity)
				values (:day, :start, :end, :capacity)""")
			.param("day", dayId)
			.param("start", start)
			.param("end", end)
			.param("capacity", capacity)
			.update();
	}

	private record DayKey(long officeId, LocalDate date) {
	}

}
