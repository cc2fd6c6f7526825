package id.kanim.drivethru.counter;

import id.kanim.drivethru.retention.SqlRetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reason typed by an officer at the window may name or describe the applicant. 90 days after the day it
 * happened, a typed reason in the trail becomes OTHER; the coded ones (and the rest of the trail) stay. The
 * trail only records the window and the end-of-day job, so an event happens on its booking's day.
 */
@Component
class WindowReasonRetention extends SqlRetentionRule {

	WindowReasonRetention(JdbcClient jdbc) {
		super(jdbc, "window reasons", """
				update booking_event set reason = 'OTHER'
				where occurred_at < :before and reason is not null
				    and reason not in ('DOCUMENTS_INCOMPLETE', 'PASSPORT_NOT_READY', 'OTHER')""");
	}

}
