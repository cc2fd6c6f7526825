package id.kanim.drivethru.staff;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username in the database, so the limit holds across app instances.
 *
 * <p>Why parallel guesses cannot get past the limit: every attempt first writes its row (committed at
 * once, outside any transaction) and only then counts the rows of the window, its own included. Of any
 * number of simultaneous attempts the k-th to insert sees at least k rows, so at most {@code max} of them
 * see a count within the limit and go on to check the password. A successful sign-in removes the rows; a
 * failed one leaves its row as the record of the failure; a refused one removes its row again, so that
 * refusals do not stretch the window and the username is free once the last real failure is old enough.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final StaffSettings settings;

	LoginThrottle(JdbcClient jdbc, Clock clock, StaffSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Records an attempt as failed until proven otherwise; returns its id, or throws when throttled. */
	long begin(String username) {
		var key = key(username);
		var now = clock.instant();
		long id = jdbc.sql("insert into login_failure (username_key, failed_at) values (:key, :at) returning id")
			.param("key", key)
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		long recent = jdbc.sql("select count(*) from login_failure where username_key = :key and failed_at > :since")
			.param("key", key)
			.param("since", Timestamp.from(now.minus(settings.loginWindow())))
			.query(Long.class)
			.single();
		if (recent > settings.maxFailedLogins()) {
			forget(id);
			throw new LoginThrottledException();
		}
		return id;
	}

	/** The password was right: earlier failures no longer count. */
	void succeeded(String username) {
		jdbc.sql("delete from login_failure where username_key = :key").param("key", key(username)).update();
	}

	private void forget(long attempt) {
		jdbc.sql("delete from login_failure where id = :id").param("id", attempt).update();
	}

	private static String key(String username) {
		var key = StaffAccount.normaliseUsername(username);
		return key.length() > 100 ? key.substring(0, 100) : key;
	}

}
