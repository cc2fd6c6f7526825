package id.kanim.drivethru.support;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;

import id.kanim.drivethru.staff.StaffRole;

/**
 * The set-up of a test against the running app (the subclass says which: {@link IntegrationTest} or
 * {@link VerifiedIntegrationTest}): an office of its own, made before each test so that no test sees another's
 * bookings, tomorrow by the test clock, the API client and a browser (and all of {@link AppTestBase}). A test
 * that signs staff in calls {@link #signIn}.
 */
public abstract class OfficeTestBase extends AppTestBase {

	/** The office's code. */
	protected String office;

	/** The first day the office takes bookings for, by the test clock. */
	protected LocalDate tomorrow;

	protected Api api;

	protected Browser browser;

	private final int quota;

	private final int slotCapacity;

	/** An office of 20 places a day, 3 a slot. */
	protected OfficeTestBase() {
		this(20, 3);
	}

	protected OfficeTestBase(int quota, int slotCapacity) {
		this.quota = quota;
		this.slotCapacity = slotCapacity;
	}

	@BeforeEach
	void newOffice() {
		office = TestOffices.create(jdbc, quota, slotCapacity);
		tomorrow = TestOffices.tomorrow(clock);
		api = new Api(port);
		browser = new Browser(port);
	}

	/**
	 * A new account of the office with these roles, signed in with {@link #browser}; fails the test if the sign-in
	 * is refused. Returns its username.
	 */
	protected String signIn(StaffRole... roles) {
		var username = TestStaff.create(accounts, jdbc, office, roles);
		var answer = browser.signIn(username, TestStaff.PASSWORD);
		if (answer.status() != 302 || answer.redirectPath().startsWith("/login")) {
			throw new AssertionError("The sign-in of " + username + " was refused: " + answer.status());
		}
		return username;
	}

}
