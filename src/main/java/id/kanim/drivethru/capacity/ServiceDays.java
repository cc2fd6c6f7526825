package id.kanim.drivethru.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an office's service day, with its slots, the first time a date is needed. Days are never deleted,
 * so once a day's id is known it is remembered for the life of the process. Runs in a transaction of its own
 * so that the id is only remembered once the day is committed, and so that the booking transaction after it
 * holds no lock on the new rows.
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
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The id of the office's day, creating it (quota and slots from the office's defaults, closed on a
	 * national holiday or collective leave day) if it is new.
	 * Two requests creating the same day at once are safe: the second insert waits for the first and then
	 * does nothing, and the day and its slots become visible together when the first commits.
	 */
	public long ensure(OfficeSettings office, LocalDate date) {
		var key = new DayKey(office.id(), date);
		var known = ids.get(key);
		if (known != null) {
			return known;
		}
		// Remembered only once committed: another thread given the id of a day still being inserted would
		// fail the booking's foreign key check.
		long id = newTransaction.execute(status -> createOrFind(office, date));
		ids.put(key, id);
		return id;
	}

	private long createOrFind(OfficeSettings office, LocalDate date) {
		var holiday = holidays.on(date);
		var created = jdbc.sql("""
				insert into service_day (office_id, service_date, quota, motorcycle_quota, closed, closed_reason)
				values (:office, :date, :quota, :motorcycleQuota, :closed, :reason)
				on conflict (office_id, service_date) do nothing
				returning id""")
			.param("office", office.id())
			.param("date", date)
			.param("quota", office.defaultQuota())
			.param("motorcycleQuota", office.motorcycleQuota())
			.param("closed", holiday.isPresent())
			.param("reason", holiday.map(Holiday::closureReason).orElse(null))
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
