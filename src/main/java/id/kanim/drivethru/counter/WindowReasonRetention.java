package id.kanim.drivethru.counter;

import java.sql.Timestamp;

import id.kanim.drivethru.retention.RetentionCutoff;
import id.kanim.drivethru.retention.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reason typed by an officer at the window may name or describe the applicant. 90 days after the day it
 * happened, a typed reason in the trail becomes OTHER; the coded ones (and the rest of the trail) stay. The
 * trail only records the window and the end-of-day job, so an event happens on its booking's day.
 */
@Component
class WindowReasonRetention implements RetentionRule {

	private final JdbcClient jdbc;

	WindowReasonRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "window reasons";
	}

	@Override
	public int apply(RetentionCutoff cutoff) {
		return jdbc.sql("""
				update booking_event set reason = 'OTHER'
				where occurred_at < :before and reason is not null
				    and reason not in ('DOCUMENTS_INCOMPLETE', 'PASSPORT_NOT_READY', 'OTHER')""")
			.param("before", Timestamp.from(cutoff.instantsBefore()))
			.update();
	}

}
