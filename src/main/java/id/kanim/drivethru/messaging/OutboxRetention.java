package id.kanim.drivethru.messaging;

import id.kanim.drivethru.retention.RetentionCutoff;
import id.kanim.drivethru.retention.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages hold a name, a phone or e-mail address and the whole text: they go with the booking they are
 * about, 90 days after its day, whether delivered, given up or (left over from an office that stopped
 * sending) still pending. A message about no day (none today, but the column allows it) goes 90 days after
 * it was written.
 */
@Component
class OutboxRetention implements RetentionRule {

	private final JdbcClient jdbc;

	OutboxRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "outbox messages";
	}

	@Override
	public int apply(RetentionCutoff cutoff) {
		return this.jdbc.sql("""
				delete from outbox_message
				where service_date < :dates or (service_date is null and created_at < :instants)
				""")
			.param("dates", cutoff.serviceDatesBefore())
			.param("instants", java.sql.Timestamp.from(cutoff.instantsBefore()))
			.update();
	}

}
