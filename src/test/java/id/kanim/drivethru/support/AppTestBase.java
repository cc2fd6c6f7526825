package id.kanim.drivethru.support;

import org.junit.jupiter.api.AfterEach;

import id.kanim.drivethru.staff.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test of the running app (the subclass says which: {@link IntegrationTest}, {@link VerifiedIntegrationTest}
 * or its own {@code @SpringBootTest} with {@link TestClockConfiguration}) works with: the port, the database, the
 * test clock, set back after each test since the context is shared, and the staff accounts. Tests that want an
 * office of their own made for them extend {@link OfficeTestBase}.
 */
public abstract class AppTestBase {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected StaffAccounts accounts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** The address of a path of this app, for a real browser. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
