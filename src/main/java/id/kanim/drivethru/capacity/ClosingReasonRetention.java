package id.kanim.drivethru.capacity;

import id.kanim.drivethru.retention.SqlRetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reason shown to applicants for a closed day is free text; 90 days after the day it goes, the closure
 * itself stays.
 */
@Component
class ClosingReasonRetention extends SqlRetentionRule {

	ClosingReasonRetention(JdbcClient jdbc) {
		super(jdbc, "closing reasons", """
				update service_day set closed_reason = null
				where closed_reason is not null and service_date < :cutoff""");
	}

}
