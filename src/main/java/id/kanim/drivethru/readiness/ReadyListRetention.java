package id.kanim.drivethru.readiness;

import id.kanim.drivethru.retention.SqlRetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A ready-list row lets its application book until the passport's collection deadline ({@value
 * ReadyList#COLLECTION_DAYS} days after issue); 90 days after that deadline the row is deleted. A row without
 * an issue date counts from its upload: the passport was issued before it was uploaded, so that deadline is
 * never earlier than the real one.
 */
@Component
class ReadyListRetention extends SqlRetentionRule {

	ReadyListRetention(JdbcClient jdbc) {
		super(jdbc, "ready-list rows", """
				delete from passport_ready
				where coalesce(issued_on, cast(uploaded_at at time zone 'UTC' as date)) + %d < :cutoff""".formatted(
				ReadyList.COLLECTION_DAYS));
	}

}
