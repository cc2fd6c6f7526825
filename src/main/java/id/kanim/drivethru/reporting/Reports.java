package id.kanim.drivethru.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kanim.drivethru.capacity.Holidays;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers supervisors use to argue for a bigger quota or more officers: per day and for a period, how
 * the quota was used, what happened at the window, how long a pickup took per lane, and how many applicants
 * were refused because the day was full. Read straight from the bookings, the waiting list and the record
 * of refusals, so the numbers always match what happened.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	/** A report covers at most a year; beyond that the page and the CSV become unreadable anyway. */
	public static final int MAX_DAYS = 366;

	private static final String BOOKING_NUMBERS = """
			select %s as key,
			    count(*) filter (where status <> 'CANCELLED') as booked,
			    count(*) filter (where arrived_at is not null and status <> 'CANCELLED') as arrived,
			    count(*) filter (where status = 'COLLECTED') as collected,
			    count(*) filter (where status = 'NO_SHOW') as no_show,
			    count(*) filter (where status = 'TURNED_AWAY' and outcome_reason = 'DOCUMENTS_INCOMPLETE') as ta_documents,
			    count(*) filter (where status = 'TURNED_AWAY' and outcome_reason = 'PASSPORT_NOT_READY') as ta_not_ready,
			    count(*) filter (where status = 'TURNED_AWAY' and coalesce(outcome_reason, '')
			        not in ('DOCUMENTS_INCOMPLETE', 'PASSPORT_NOT_READY')) as ta_other,
			    count(*) filter (where status = 'CANCELLED') as cancelled,
			    avg(extract(epoch from finished_at - arrived_at))
			        filter (where status = 'COLLECTED' and arrived_at is not null) as avg_wait,
			    percentile_cont(0.9) within group (order by extract(epoch from finished_at - arrived_at))
			        filter (where status = 'COLLECTED' and arrived_at is not null) as p90_wait,
			    count(*) filter (where status <> 'CANCELLED' and vehicle_type = 'CAR') as car_booked,
			    count(*) filter (where status = 'COLLECTED' and vehicle_type = 'CAR') as car_collected,
			    avg(extract(epoch from finished_at - arrived_at))
			        filter (where status = 'COLLECTED' and arrived_at is not null and vehicle_type = 'CAR') as car_avg,
			    percentile_cont(0.9) within group (order by extract(epoch from finished_at - arrived_at))
			        filter (where status = 'COLLECTED' and arrived_at is not null and vehicle_type = 'CAR') as car_p90,
			    count(*) filter (where status <> 'CANCELLED' and vehicle_type = 'MOTORCYCLE') as moto_booked,
			    count(*) filter (where status = 'COLLECTED' and vehicle_type = 'MOTORCYCLE') as moto_collected,
			    avg(extract(epoch from finished_at - arrived_at))
			        filter (where status = 'COLLECTED' and arrived_at is not null and vehicle_type = 'MOTORCYCLE') as moto_avg,
			    percentile_cont(0.9) within group (order by extract(epoch from finished_at - arrived_at))
			        filter (where status = 'COLLECTED' and arrived_at is not null and vehicle_type = 'MOTORCYCLE') as moto_p90,
			    count(*) filter (where status = 'UNFINISHED') as unfinished
			from booking where office_id = :office and service_date between :from and :to
			%s""";

	private final JdbcClient jdbc;

	private final Holidays holidays;

	Reports(JdbcClient jdbc, Holidays holidays) {
		this.jdbc = jdbc;
		this.holidays = holidays;
	}

	/** The report of an office for the dates {@code from} to {@code to}, both included. */
	public PeriodReport period(OfficeSettings office, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("A report covers 1 to " + MAX_DAYS + " days");
		}
		var quotas = new HashMap<LocalDate, Integer>();
		var closed = new HashMap<LocalDate, Boolean>();
		jdbc.sql("""
				select service_date, quota, closed from service_day
				where office_id = :office and service_date between :from and :to""")
			.param("office", office.id())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				var date = rs.getObject("service_date", LocalDate.class);
				quotas.put(date, rs.getInt("quota"));
				closed.put(date, rs.getBoolean("closed"));
				return date;
			})
			.list();
		var perDay = new HashMap<LocalDate, Row>();
		query(String.format(BOOKING_NUMBERS, "service_date", "group by service_date"), office, from, to)
			.forEach(r -> perDay.put(r.key(), r));
		var total = query(String.format(BOOKING_NUMBERS, "null::date", ""), office, from, to).get(0);
		var joins = countsByDate("""
				select service_date, count(*) from waiting_entry
				where office_id = :office and service_date between :from and :to group by service_date""", office, from, to);
		var promotions = countsByDate("""
				select service_date, count(*) from waiting_entry where status = 'PROMOTED'
				and office_id = :office and service_date between :from and :to group by service_date""", office, from, to);
		var unmet = countsByDate("""
				select service_date, count(*) from unmet_demand
				where office_id = :office and service_date between :from and :to group by service_date""", office, from, to);

		var days = new ArrayList<DayReport>();
		for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
			var row = perDay.get(date);
			boolean served = served(office, date, closed.get(date));
			if (row == null && !served && !unmet.containsKey(date) && !joins.containsKey(date)) {
				continue;
			}
			int quota = served ? quotas.getOrDefault(date, office.defaultQuota()) : 0;
			days.add(toReport(date, quota, row, joins.getOrDefault(date, 0), promotions.getOrDefault(date, 0),
					unmet.getOrDefault(date, 0)));
		}
		var totalReport = toReport(null, days.stream().mapToInt(DayReport::quota).sum(), total,
				sum(joins), sum(promotions), sum(unmet));
		return new PeriodReport(office.code(), from, to, days, totalReport);
	}

	/**
	 * Whether the office served on the date, so that its quota counts. A stored day counts unless it was
	 * closed (by hand or for a holiday), whatever the office's weekdays are now: the report is history. A
	 * date never stored counts only on an open weekday that is no national holiday or collective leave day
	 * (those are closed until a supervisor reopens them, which stores the day). Counting closed days would
	 * understate how much of the quota was used.
	 *
	 * @param closed the stored day's closed flag, or null when the day was never stored
	 */
	private boolean served(OfficeSettings office, LocalDate date, Boolean closed) {
		if (closed != null) {
			return !closed;
		}
		return office.isOpenWeekday(date) && holidays.on(date).isEmpty();
	}

	private List<Row> query(String sql, OfficeSettings office, LocalDate from, LocalDate to) {
		return jdbc.sql(sql)
			.param("office", office.id())
			.param("from", from)
			.param("to", to)
			.query(Reports::row)
			.list();
	}

	private Map<LocalDate, Integer> countsByDate(String sql, OfficeSettings office, LocalDate from, LocalDate to) {
		var counts = new HashMap<LocalDate, Integer>();
		jdbc.sql(sql)
			.param("office", office.id())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> counts.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
		return counts;
	}

	private static int sum(Map<LocalDate, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static DayReport toReport(LocalDate date, int quota, Row row, int joins, int promotions, int unmet) {
		if (row == null) {
			return new DayReport(date, quota, 0, 0, 0, 0, 0, 0, 0, 0, joins, promotions, unmet, null, null,
					DayReport.LaneNumbers.NONE, DayReport.LaneNumbers.NONE, 0);
		}
		return new DayReport(date, quota, row.booked(), row.arrived(), row.collected(), row.noShow(),
				row.taDocuments(), row.taNotReady(), row.taOther(), row.cancelled(), joins, promotions, unmet,
				row.avgWait(), row.p90Wait(), row.car(), row.motorcycle(), row.unfinished());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("key", LocalDate.class), rs.getInt("booked"), rs.getInt("arrived"), rs.getInt("collected"),
				rs.getInt("no_show"), rs.getInt("ta_documents"), rs.getInt("ta_not_ready"), rs.getInt("ta_other"),
				rs.getInt("cancelled"), nullableDouble(rs, "avg_wait"), nullableDouble(rs, "p90_wait"),
				new DayReport.LaneNumbers(rs.getInt("car_booked"), rs.getInt("car_collected"),
						nullableDouble(rs, "car_avg"), nullableDouble(rs, "car_p90")),
				new DayReport.LaneNumbers(rs.getInt("moto_booked"), rs.getInt("moto_collected"),
						nullableDouble(rs, "moto_avg"), nullableDouble(rs, "moto_p90")),
				rs.getInt("unfinished"));
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column);
		return value == null ? null : ((Number) value).doubleValue();
	}

	private record Row(LocalDate key, int booked, int arrived, int collected, int noShow, int taDocuments, int taNotReady,
			int taOther, int cancelled, Double avgWait, Double p90Wait, DayReport.LaneNumbers car,
			DayReport.LaneNumbers motorcycle, int unfinished) {
	}

}
