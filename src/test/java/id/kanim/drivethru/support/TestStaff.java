package id.kanim.drivethru.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import id.kanim.drivethru.staff.StaffAccounts;
import id.kanim.drivethru.staff.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff accounts for tests, each with a username nobody else in the run uses. */
public final class TestStaff {

	/** Drawn afresh for every test run: test accounts live only in the test database, but no password is fixed. */
	public static final String PASSWORD = "uji-" + java.util.UUID.randomUUID();

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"one-time-password-value\">([a-z0-9-]+)<");

	private static final AtomicInteger counter = new AtomicInteger();

	private TestStaff() {
	}

	/** A new account of the office; returns its username. Its password is {@link #PASSWORD}. */
	public static String create(StaffAccounts accounts, JdbcClient jdbc, String officeCode, StaffRole... roles) {
		var username = "petugas" + counter.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
		long officeId = jdbc.sql("select id from office where code = :code").param("code", officeCode)
			.query(Long.class).single();
		accounts.create(username, "Petugas " + username, officeId, Set.of(roles), PASSWORD);
		return username;
	}

	/** The one-time password a staff or office page shows once after creating or resetting an account. */
	public static String oneTimePassword(Browser.Page page) {
		var m = ONE_TIME_PASSWORD.matcher(page.body());
		if (!m.find()) {
			throw new AssertionError("No one-time password shown on the page");
		}
		return m.group(1);
	}

}
