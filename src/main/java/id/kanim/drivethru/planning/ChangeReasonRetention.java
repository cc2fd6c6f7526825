package id.kanim.drivethru.planning;

import id.kanim.drivethru.retention.SqlRetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A supervisor's reason for closing a day or changing its quota is free text and may name people (an
 * officer's illness, say). 90 days after the day it concerns (or after the change, for changes of the
 * defaults) the reason goes; who changed what, when, from and to, stays.
 */
@Component
class ChangeReasonRetention extends SqlRetentionRule {

	ChangeReasonRetention(JdbcClient jdbc) {
		super(jdbc, "quota change reasons", """
				update capacity_change set reason = null
				where reason is not null and (service_date < :cutoff
				    or (service_date is null and changed_at < :before))""");
	}

}
