package id.kanim.drivethru.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import id.kanim.drivethru.booking.BookingCode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bookings for days the booking form would refuse (today, yesterday), written straight into the tables
 * with the day's counters raised as the booking path would, for the loket and end-of-day tests.
 */
public final class TestBookings {

	private TestBookings() {
	}

	/** Today in Jakarta, by the given clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(TestOffices.JAKARTA));
	}

	/** A BOOKED booking of the office; returns its code. */
	public static String book(JdbcClient jdbc, String officeCode, LocalDate date, String slotStart, String plate,
			String vehicle, String collector, boolean priority) {
		long officeId = jdbc.sql("select id from office where code = :code").param("code", officeCode)
			.query(Long.class).single();
		jdbc.sql("""
				insert into service_day (office_id, service_date, quota)
				select id, :date, default_quota from office where id = :office
				on conflict (office_id, service_date) do nothing""")
			.param("office", officeId).param("date", date).update();
		long dayId = jdbc.sql("select id from service_day where office_id = :office and service_date = :date")
			.param("office", officeId).param("date", date).query(Long.class).single();
		// A day the app made has its slot rows (they, not the office's settings, say what can be booked);
		// one made here gets the same from the office's hours, unless it already has them.
		jdbc.sql("""
				insert into slot (service_day_id, start_time, end_time, capacity)
				select :day, t::time, (t + make_interval(mins => o.slot_minutes))::time, o.default_slot_capacity
				from office o, generate_series(current_date + o.opens_at,
				    current_date + o.closes_at - make_interval(mins => o.slot_minutes),
				    make_interval(mins => o.slot_minutes)) t
				where o.id = :office and not exists (select 1 from slot where service_day_id = :day)""")
			.param("office", officeId).param("day", dayId).update();
		jdbc.sql("update service_day set booked = booked + 1 where id = :day").param("day", dayId).update();
		var start = LocalTime.parse(slotStart);
		var code = BookingCode.random().value();
		jdbc.sql("""
				insert into booking (code, office_id, service_day_id, service_date, slot_start, slot_end,
				    application_number, full_name, phone, email, vehicle_type, plate_number, status, created_at,
				    collector_type, collector_name, priority)
				values (:code, :office, :day, :date, :start, :end, :application, 'Siti Nurhaliza', '081234567890',
				    'siti@example.id', :vehicle, :plate, 'BOOKED', :createdAt, :collector, :collectorName, :priority)""")
			.param("code", code)
			.param("office", officeId)
			.param("day", dayId)
			.param("date", date)
			.param("start", start)
			.param("end", start.plusMinutes(30))
			.param("application", TestOffices.applicationNumber())
			.param("vehicle", vehicle)
			.param("plate", plate)
			.param("createdAt", Timestamp.from(Instant.now()))
			.param("collector", collector)
			.param("collectorName", "SELF".equals(collector) ? null : "Ahmad Fauzi")
			.param("priority", priority)
			.update();
		return code;
	}

	public static String book(JdbcClient jdbc, String officeCode, LocalDate date, String slotStart, String plate) {
		return book(jdbc, officeCode, date, slotStart, plate, "CAR", "SELF", false);
	}

	public static String status(JdbcClient jdbc, String code) {
		return jdbc.sql("select status from booking where code = :code").param("code", code).query(String.class)
			.single();
	}

}
