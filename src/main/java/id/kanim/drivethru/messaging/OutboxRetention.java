package id.kanim.drivethru.messaging;

import id.kanim.drivethru.retention.SqlRetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages hold a name, a phone or e-mail address and the whole text: they go with the booking they are
 * about, 90 days after its day, whether delivered, given up or (left over from an office that stopped
 * sending) still pending. A message about no day (none today, but the column allows it) goes 90 days after
 * it was written.
 */
@Component
class OutboxRetention extends SqlRetentionRule {

	OutboxRetention(JdbcClient jdbc) {
		super(jdbc, "outbox messages", """
				delete from outbox_message
				where service_date < :cutoff or (service_date is null and created_at < :before)""");
	}

}
