package id.kanim.drivethru.staff;

import id.kanim.drivethru.retention.SqlRetentionRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins name the username typed (sometimes a password typed into the wrong box). The throttle
 * needs only its short window; the rows are kept 90 days as evidence of an attack, then deleted.
 */
@Component
class LoginFailureRetention extends SqlRetentionRule {

	LoginFailureRetention(JdbcClient jdbc) {
		super(jdbc, "failed sign-ins", """
				delete from login_failure where failed_at < :before""");
	}

}
