package id.kanim.drivethru.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the privacy notice's promise: 90 days after the pickup day, a booking's and a waiting entry's
 * personal data (name, phone, e-mail, plate, application number, collector's name) is removed. What remains
 * (date, times, lane, status, outcome) is anonymous and still counts in the reports. One conditional UPDATE
 * per table, so it is idempotent and safe when two app instances run it at once.
 */
@Component
@Transactional
public class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int days;

	PersonalDataRetention(JdbcClient jdbc, Clock clock, @Value("${drivethru.retention.days:90}") int days) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.days = days;
	}

	/** Nightly; the cutoff is counted from UTC, a day of margin covers every Indonesian time zone. */
	@Scheduled(cron = "${drivethru.retention.cron:0 30 2 * * *}")
	public int removeExpiredPersonalData() {
		var cutoff = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days + 1L);
		var now = Timestamp.from(clock.instant());
		int bookings = jdbc.sql("""
				update booking set full_name = '-', phone = '-', email = null, collector_name = null,
				    plate_number = '-', application_number = 'X' || id, anonymised_at = :now
				where anonymised_at is null and service_date < :cutoff and status not in ('BOOKED', 'ARRIVED')""")
			.param("now", now)
			.param("cutoff", cutoff)
			.update();
		int waiting = jdbc.sql("""
				update waiting_entry set full_name = '-', phone = '-', email = null, collector_name = null,
				    plate_number = '-', application_number = 'X' || id, anonymised_at = :now
				where anonymised_at is null and service_date < :cutoff and status <> 'WAITING'""")
			.param("now", now)
			.param("cutoff", cutoff)
			.update();
		if (bookings + waiting > 0) {
			log.info("Removed the personal data of {} bookings and {} waiting entries older than {} days", bookings,
					waiting, days);
		}
		return bookings + waiting;
	}

}
