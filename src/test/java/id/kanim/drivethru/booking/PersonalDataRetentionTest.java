package id.kanim.drivethru.booking;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data goes 90 days after the pickup day, as the privacy notice says; the numbers stay. */
@IntegrationTest
class PersonalDataRetentionTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PersonalDataRetention retention;

	@Test
	void removesNamesAndNumbersOfOldBookingsOnlyAndOnlyOnce() {
		var office = TestOffices.create(jdbc, 10, 10);
		var today = LocalDate.now(clock);
		long old = booking(office, today.minusDays(120), "COLLECTED");
		long recent = booking(office, today.minusDays(30), "COLLECTED");

		assertThat(retention.removeExpiredPersonalData()).isGreaterThanOrEqualTo(1);

		assertThat(personal(old)).isEqualTo("-|-|null|- |X" + old + "|COLLECTED|CAR");
		assertThat(personal(recent)).startsWith("Siti Nurhaliza|+6281234567890|siti@example.id|BH 1 A|");
		assertThat(retention.removeExpiredPersonalData()).as("already done").isZero();
	}

	String personal(long id) {
		return jdbc.sql("""
				select full_name || '|' || phone || '|' || coalesce(email, 'null') || '|' || plate_number
				    || case when plate_number = '-' then ' ' else '' end || '|' || application_number || '|'
				    || status || '|' || vehicle_type
				from booking where id = :id""")
			.param("id", id)
			.query(String.class)
			.single();
	}

	long booking(String office, LocalDate date, String status) {
		var officeId = jdbc.sql("select id from office where code = :c").param("c", office).query(Long.class).single();
		var dayId = jdbc.sql("""
				insert into service_day (office_id, service_date, quota) values (:office, :date, 10) returning id""")
			.param("office", officeId)
			.param("date", date)
			.query(Long.class)
			.single();
		return jdbc.sql("""
				insert into booking (code, office_id, service_day_id, service_date, slot_start, slot_end,
				    application_number, full_name, phone, email, vehicle_type, plate_number, status, created_at)
				values (:code, :office, :day, :date, '09:00', '09:30', :number, 'Siti Nurhaliza', '+6281234567890',
				    'siti@example.id', 'CAR', 'BH 1 A', :status, now())
				returning id""")
			.param("code", BookingCode.random().value())
			.param("office", officeId)
			.param("day", dayId)
			.param("date", date)
			.param("number", TestOffices.applicationNumber())
			.param("status", status)
			.query(Long.class)
			.single();
	}

}
