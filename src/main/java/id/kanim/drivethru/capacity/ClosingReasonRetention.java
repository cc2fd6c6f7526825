package id.kanim.drivethru.capacity;

import id.kanim.drivethru.retention.RetentionCutoff;
import id.kanim.drivethru.retention.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reason shown to applicants for a closed day is free text; 90 days after the day it goes, the closure
 * itself stays.
 */
@Component
class ClosingReasonRetention implements RetentionRule {

	private final JdbcClient jdbc;

	ClosingReasonRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "closing reasons";
	}

	@Override
	public int apply(RetentionCutoff cutoff) {
		return jdbc.sql("""
				update service_day set closed_reason = null
				where closed_reason is not null and service_date < :cutoff""")
			.param("cutoff", cutoff.serviceDatesBefore())
			.update();
	}

}
