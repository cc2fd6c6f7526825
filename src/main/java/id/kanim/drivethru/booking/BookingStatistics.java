package id.kanim.drivethru.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over an office's bookings, waiting list and refusals for a range of dates, for the supervisors'
 * reports: read straight from the rows, so the numbers always match what happened.
 */
@Service
@Transactional(readOnly = true)
public class BookingStatistics {

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

	BookingStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What happened to the bookings of one date (or of the whole range, {@code date} null). Waits are in
	 * seconds from arrival to hand-over, of collected bookings only; null when there were none.
	 */
	public record Numbers(LocalDate date, int booked, int arrived, int collected, int noShow, int taDocuments,
			int taNotReady, int taOther, int cancelled, Double averageWaitSeconds, Double p90WaitSeconds, Lane car,
			Lane motorcycle, int unfinished) {
	}

	/** One lane's share of {@link Numbers}. */
	public record Lane(int booked, int collected, Double averageWaitSeconds, Double p90WaitSeconds) {
	}

	/** Per date from {@code from} to {@code to} (both included); dates without bookings are missing. */
	public Map<LocalDate, Numbers> perDay(long officeId, LocalDate from, LocalDate to) {
		var perDay = new HashMap<LocalDate, Numbers>();
		query(String.format(BOOKING_NUMBERS, "service_date", "group by service_date"), officeId, from, to)
			.forEach(r -> perDay.put(r.date(), r));
		return perDay;
	}

	/** The whole range at once (averages and percentiles over every booking, not of the days). */
	public Numbers total(long officeId, LocalDate from, LocalDate to) {
		return query(String.format(BOOKING_NUMBERS, "null::date", ""), officeId, from, to).get(0);
	}

	/** How many joined the waiting list, per date. */
	public Map<LocalDate, Integer> waitingListJoins(long officeId, LocalDate from, LocalDate to) {
		return countsByDate("""
				select service_date, count(*) from waiting_entry
				where office_id = :office and service_date between :from and :to group by service_date""", officeId, from, to);
	}

	/** How many on the waiting list got a booking, per date. */
	public Map<LocalDate, Integer> waitingListPromotions(long officeId, LocalDate from, LocalDate to) {
		return countsByDate("""
				select service_date, count(*) from waiting_entry where status = 'PROMOTED'
				and office_id = :office and service_date between :from and :to group by service_date""", officeId, from, to);
	}

	/** How many were refused because the day was full, per date. */
	public Map<LocalDate, Integer> unmetDemand(long officeId, LocalDate from, LocalDate to) {
		return countsByDate("""
				select service_date, count(*) from unmet_demand
				where office_id = :office and service_date between :from and :to group by service_date""", officeId, from, to);
	}

	private List<Numbers> query(String sql, long officeId, LocalDate from, LocalDate to) {
		return jdbc.sql(sql)
			.param("office", officeId)
			.param("from", from)
			.param("to", to)
			.query(BookingStatistics::row)
			.list();
	}

	private Map<LocalDate, Integer> countsByDate(String sql, long officeId, LocalDate from, LocalDate to) {
		var counts = new HashMap<LocalDate, Integer>();
		jdbc.sql(sql)
			.param("office", officeId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> counts.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
		return counts;
	}

	private static Numbers row(ResultSet rs, int n) throws SQLException {
		return new Numbers(rs.getObject("key", LocalDate.class), rs.getInt("booked"), rs.getInt("arrived"),
				rs.getInt("collected"), rs.getInt("no_show"), rs.getInt("ta_documents"), rs.getInt("ta_not_ready"),
				rs.getInt("ta_other"), rs.getInt("cancelled"), nullableDouble(rs, "avg_wait"),
				nullableDouble(rs, "p90_wait"),
				new Lane(rs.getInt("car_booked"), rs.getInt("car_collected"), nullableDouble(rs, "car_avg"),
						nullableDouble(rs, "car_p90")),
				new Lane(rs.getInt("moto_booked"), rs.getInt("moto_collected"), nullableDouble(rs, "moto_avg"),
						nullableDouble(rs, "moto_p90")),
				rs.getInt("unfinished"));
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column);
		return value == null ? null : ((Number) value).doubleValue();
	}

}
