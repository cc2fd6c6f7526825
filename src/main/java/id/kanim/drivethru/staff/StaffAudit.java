package id.kanim.drivethru.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trail of staff account changes, written in the transaction of the change itself. */
@Component
class StaffAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(StaffAccount account, String change, String oldValue, String newValue, String by) {
		jdbc.sql("""
				insert into staff_change (office_id, account_id, username, change, old_value, new_value, changed_by, changed_at)
				values (:office, :account, :username, :change, :old, :new, :by, :at)""")
			.param("office", account.getOfficeId())
			.param("account", account.getId())
			.param("username", account.getUsername())
			.param("change", change)
			.param("old", oldValue)
			.param("new", newValue)
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	List<StaffChange> latest(Long officeId, int limit) {
		return jdbc.sql("""
				select username, change, old_value, new_value, changed_by, changed_at from staff_change
				where office_id = :office order by changed_at desc, id desc limit :limit""")
			.param("office", officeId)
			.param("limit", limit)
			.query((rs, n) -> new StaffChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

}
