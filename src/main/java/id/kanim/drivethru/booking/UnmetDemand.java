package id.kanim.drivethru.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kanim.drivethru.capacity.CapacityUnavailableException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers that someone wanted a place on a full day or slot, so supervisors can see how many more places
 * were wanted. One row per office, day and application (hashed): retrying ten times counts once.
 */
@Component
public class UnmetDemand {

	private static final Logger log = LoggerFactory.getLogger(UnmetDemand.class);

	static final String RECORD_SQL = """
			insert into unmet_demand (office_id, service_date, applicant_hash, reason, refused_at)
			values (:office, :date, encode(sha256(convert_to(:application, 'UTF8')), 'hex'), :reason, :at)
			on conflict do nothing""";

	private final JdbcClient jdbc;

	private final Clock clock;

	UnmetDemand(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a refusal because the day or slot was full; closed days are not demand we could have met. Call
	 * it outside any transaction (after the refused one has rolled back): it is one autocommit insert.
	 */
	public void record(long officeId, LocalDate date, String applicationNumber,
			CapacityUnavailableException.Reason why) {
		if (why == CapacityUnavailableException.Reason.DAY_CLOSED) {
			return;
		}
		try {
			jdbc.sql(RECORD_SQL)
				.param("office", officeId)
				.param("date", date)
				.param("application", applicationNumber)
				.param("reason", why == CapacityUnavailableException.Reason.SLOT_FULL ? "SLOT_FULL" : "QUOTA_FULL")
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		catch (RuntimeException ex) {
			// A statistic must never turn the applicant's clear "full" answer into an error page.
			log.warn("Could not record unmet demand for office {} on {}", officeId, date, ex);
		}
	}

}
