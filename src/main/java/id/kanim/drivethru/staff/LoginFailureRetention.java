package id.kanim.drivethru.staff;

import java.sql.Timestamp;

import id.kanim.drivethru.retention.RetentionCutoff;
import id.kanim.drivethru.retention.RetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins name the username typed (sometimes a password typed into the wrong box). The throttle
 * needs only its short window; the rows are kept 90 days as evidence of an attack, then deleted.
 */
@Component
class LoginFailureRetention implements RetentionRule {

	private final JdbcClient jdbc;

	LoginFailureRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "failed sign-ins";
	}

	@Override
	public int apply(RetentionCutoff cutoff) {
		return jdbc.sql("delete from login_failure where failed_at < :before")
			.param("before", Timestamp.from(cutoff.instantsBefore()))
			.update();
	}

}
