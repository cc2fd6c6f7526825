package id.kanim.drivethru.planning;

import java.sql.Timestamp;
import java.time.Clock;

import id.kanim.drivethru.readiness.ReadyListChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes corrections and removals of ready-list entries into the office's change log, next to quota and
 * closure changes, so a supervisor sees in one place who changed what. A plain (synchronous) listener: it
 * runs inside the change's transaction, so the entry and its log line are stored together or not at all.
 */
@Component
class ReadyListAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReadyListAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(ReadyListChanged change) {
		jdbc.sql("""
				insert into capacity_change (office_id, service_date, changed_by, changed_at, change, old_value,
				    new_value, reason)
				values (:office, null, :actor, :at, :change, :old, :new, null)""")
			.param("office", change.officeId())
			.param("actor", change.actor())
			.param("at", Timestamp.from(clock.instant()))
			.param("change", "READY_" + change.kind().name())
			.param("old", change.before())
			.param("new", change.after())
			.update();
	}

}
