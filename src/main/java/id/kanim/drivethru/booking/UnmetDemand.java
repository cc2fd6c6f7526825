package id.kanim.drivethru.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kanim.drivethru.capacity.CapacityUnavailableException;
import id.kanim.drivethru.infrastructure.security.InstallSecret;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers that someone wanted a place on a full day or slot, so supervisors can see how many more places
 * were wanted. One row per office, day and application: retrying ten times counts once. The application
 * number is kept only as an HMAC under this installation's secret: an unsalted hash of a 7-10 digit number
 * could be reversed by trying them all, a keyed one cannot without the secret. The retention job replaces
 * even that 90 days after the day.
 */
@Component
public class UnmetDemand {

	private static final Logger log = LoggerFactory.getLogger(UnmetDemand.class);

	static final String RECORD_SQL = """
			insert into unmet_demand (office_id, service_date, applicant_hash, reason, refused_at)
			values (:office, :date, :hash, :reason, :at)
			on conflict do nothing""";

	static final String PURPOSE = "unmet-demand";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final InstallSecret secret;

	UnmetDemand(JdbcClient jdbc, Clock clock, InstallSecret secret) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.secret = secret;
	}

	/** The key that counts one application once per office and day. */
	String applicantKey(String applicationNumber) {
		return secret.hmacHex(PURPOSE, applicationNumber);
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
				.param("hash", applicantKey(applicationNumber))
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
