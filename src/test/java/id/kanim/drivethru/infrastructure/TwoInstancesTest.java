package id.kanim.drivethru.infrastructure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import id.kanim.drivethru.booking.PersonalDataRetention;
import id.kanim.drivethru.counter.EndOfDayNoShows;
import id.kanim.drivethru.messaging.OutboxWorker;
import id.kanim.drivethru.notification.Reminders;
import id.kanim.drivethru.office.OfficeDefaults;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.CapturedMessages;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.MutableClock;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.SecondInstance;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL, as behind a load balancer without sticky sessions: this test's context
 * (A) and a second one started here (B). A race split across both never overbooks, a staff member signed in
 * on A is signed in on B (and signed out on B when disabled on A), a supervisor's change on A reaches B within
 * 5 s, and every scheduled job run on both at once does its work once: reminders (claimed by an insert that
 * conflicts), the end-of-day run (conditional updates), the outbox ({@code FOR UPDATE SKIP LOCKED}) and the
 * retention run (an advisory lock). Limits shared by both instances are proven in
 * {@code LimitsAcrossInstancesTest}; the other jobs are single idempotent deletes (expired codes and limit rows,
 * expired sessions) or exist only with the embedded database, which is one instance by nature (its backup).
 */
@IntegrationTest
@Import(CapturedMessages.class)
class TwoInstancesTest extends AppTestBase {

	@RegisterExtension
	static final SecondInstance second = new SecondInstance();

	@Autowired
	Offices offices;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClocks() {
		clock.reset();
		second.getBean(MutableClock.class).reset();
	}

	@RepeatedTest(3)
	void aRaceSplitAcrossBothInstancesFillsTheQuotaExactly() {
		var office = TestOffices.create(jdbc, 20, 20);
		var date = TestOffices.tomorrow(clock);
		var apis = new Api[] { new Api(port), new Api(second.port()) };

		var responses = Races.race(200, i -> apis[i % 2].book(office,
				Api.booking(TestOffices.applicationNumber(), date, "09:00")));

		assertThat(Races.outcomes(responses)).isEqualTo(Map.of("201", 20L, "409 quota-full", 180L));
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(20);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void aStaffMemberSignedInOnOneInstanceIsSignedInOnTheOtherAndSignedOutWhenDisabled() {
		var office = TestOffices.create(jdbc, 20, 3);
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var onA = new Browser(port);
		assertThat(onA.signIn(username, TestStaff.PASSWORD).status()).isEqualTo(302);
		assertThat(onA.get("/staff/kuota").status()).isEqualTo(200);

		var onB = onA.at(second.port());
		assertThat(onB.get("/staff/kuota").status()).as("the session made on A, on B").isEqualTo(200);
		// A form read on B is accepted on A: the CSRF token is in a cookie, not in one instance's memory.
		var window = onB.get("/staff/loket");
		assertThat(window.status()).isEqualTo(200);
		assertThat(onB.at(port).post("/staff/loket/window", Map.of("window", "2")).status()).isLessThan(400);

		// Disabled on A (as the staff page does): the open session ends on B at its next request.
		jdbc.sql("update staff_account set enabled = false where username = :u").param("u", username).update();
		assertThat(onB.get("/staff/kuota").redirectPath()).isEqualTo("/login");
		assertThat(onA.get("/staff/kuota").redirectPath()).as("and the session is gone for A too").isEqualTo("/login");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
			.query(Long.class).single()).as("the session row is deleted").isZero();
	}

	@Test
	void aSupervisorsChangeOnOneInstanceIsSeenOnTheOtherWithinFiveSeconds() throws Exception {
		var office = TestOffices.create(jdbc, 20, 3);
		var onB = second.getBean(Offices.class);
		var before = onB.byCode(office); // B has it cached now
		var changed = new OfficeDefaults(before.opensAt(), before.closesAt(), before.slotMinutes(),
				before.defaultQuota() + 7, before.defaultSlotCapacity(), before.openWeekdays(),
				before.bookingHorizonDays(), before.proxiesAllowed(), before.readyListRequired(),
				before.motorcycleQuota(), before.sameDayBookingUntil());

		long start = System.nanoTime();
		offices.changeDefaults(office, before.name(), before.address(), changed);
		assertThat(offices.byCode(office).defaultQuota()).as("A sees its own change at once").isEqualTo(27);
		// The control: B still answers from its cache right after the change, so B's cache is really in play and
		// the wait below measures its expiry rather than a cache that is never used.
		assertThat(onB.byCode(office).defaultQuota()).as("B's cached copy, just after the change").isEqualTo(20);
		while (onB.byCode(office).defaultQuota() != 27 && System.nanoTime() - start < Duration.ofSeconds(6).toNanos()) {
			Thread.sleep(100);
		}
		var waited = Duration.ofNanos(System.nanoTime() - start);

		assertThat(onB.byCode(office).defaultQuota()).isEqualTo(27);
		assertThat(waited).as("time until B saw the change").isLessThanOrEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void remindersRunOnBothInstancesAtOnceAreQueuedOnce() {
		var office = TestOffices.create(jdbc, 20, 20);
		var today = LocalDate.now(clock.withZone(TestOffices.JAKARTA));
		var dayAfter = today.plusDays(2);
		for (int i = 0; i < 6; i++) {
			TestBookings.book(jdbc, office, dayAfter, "09:00", "BH " + (1000 + i) + " TI");
		}
		var nineOClock = ZonedDateTime.of(dayAfter.minusDays(1), LocalTime.of(9, 0), TestOffices.JAKARTA).toInstant();
		clock.set(nineOClock);
		second.getBean(MutableClock.class).set(nineOClock);
		var jobs = new Reminders[] { second.getBean(Reminders.class), appBean(Reminders.class) };

		var queued = Races.together(6, i -> jobs[i % 2].sendDue());

		assertThat(reminderRows(office)).isEqualTo(6);
		assertThat(queued.stream().mapToInt(Integer::intValue).sum()).as("reminders queued by all runs").isEqualTo(6);
		try {
			var messages = jdbc.sql("""
					select count(distinct m.reference), count(*), count(distinct (m.reference, m.channel))
					from outbox_message m join office o on o.id = m.office_id where o.code = :c and m.topic = 'REMINDER'""")
				.param("c", office).query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.single();
			assertThat(messages[0]).as("bookings reminded").isEqualTo(6);
			assertThat(messages[1]).as("no reminder message queued twice").isEqualTo(messages[2]);
		}
		finally {
			// Queued at tomorrow's time: removed, so that another test moving its clock forward does not send them.
			jdbc.sql("delete from outbox_message m using office o where o.id = m.office_id and o.code = :c")
				.param("c", office).update();
		}
	}

	@Test
	void theEndOfDayRunOnBothInstancesAtOnceEndsEachBookingOnce() {
		var office = TestOffices.create(jdbc, 20, 20);
		var yesterday = TestBookings.today(clock).minusDays(1);
		for (int i = 0; i < 5; i++) {
			TestBookings.book(jdbc, office, yesterday, "09:00", "BH " + (2000 + i) + " TI");
		}
		var jobs = new EndOfDayNoShows[] { second.getBean(EndOfDayNoShows.class), appBean(EndOfDayNoShows.class) };

		Races.together(6, i -> jobs[i % 2].run());

		assertThat(jdbc.sql("select count(*) from booking b join office o on o.id = b.office_id "
				+ "where o.code = :c and b.status = 'NO_SHOW'").param("c", office).query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("""
				select count(*) from booking_event e join booking b on b.id = e.booking_id join office o on o.id = b.office_id
				where o.code = :c""").param("c", office).query(Long.class).single())
			.as("one audit entry per booking, not one per run").isEqualTo(5);
	}

	@Test
	void theOutboxDrainedByBothInstancesAtOnceSendsEachMessageOnce() {
		var office = TestOffices.create(jdbc, 20, 20);
		var date = TestOffices.tomorrow(clock);
		var api = new Api(port);
		for (int i = 0; i < 8; i++) {
			assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:00")).status())
				.isEqualTo(201);
		}
		long queued = outboxRows(office, "");
		assertThat(queued).as("confirmations queued").isGreaterThanOrEqualTo(8);
		var workers = new OutboxWorker[] { second.getBean(OutboxWorker.class), appBean(OutboxWorker.class) };

		for (int round = 0; round < 5 && outboxRows(office, "and m.status = 'PENDING'") > 0; round++) {
			Races.together(6, i -> workers[i % 2].deliverDue());
		}

		assertThat(outboxRows(office, "and m.status = 'SENT' and m.attempts = 1")).isEqualTo(queued);
		var codes = jdbc.sql("select b.code from booking b join office o on o.id = b.office_id where o.code = :c")
			.param("c", office).query(String.class).list();
		for (var code : codes) {
			var rows = jdbc.sql("select count(*) from outbox_message where reference = :r").param("r", code)
				.query(Long.class).single();
			assertThat(CapturedMessages.SENT.stream().filter(m -> m.text().contains(code)).count())
				.as("messages sent for booking %s", code).isEqualTo(rows);
		}
	}

	/**
	 * The nightly retention run holds a PostgreSQL advisory lock for its transaction: while one instance runs it,
	 * the other's run returns at once and touches nothing; after it, the other's run does the work (once).
	 */
	@Test
	void theRetentionRunOfOneInstanceWaitsForNoneAndDoesNothingWhileTheOtherHoldsTheJob() throws Exception {
		var office = TestOffices.create(jdbc, 20, 20);
		var longAgo = TestBookings.today(clock).minusDays(120);
		var code = TestBookings.book(jdbc, office, longAgo, "09:00", "BH 3000 TI");
		var onB = second.getBean(PersonalDataRetention.class);
		var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

		int whileHeld = transactions.execute(status -> {
			// What instance A's run takes first ("RETAIN" in ASCII, PersonalDataRetention.LOCK).
			jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 0x52_45_54_41_49_4EL).query(Object.class).single();
			return onB.removeExpiredPersonalData();
		});
		assertThat(whileHeld).as("B's run while A holds the job").isZero();
		assertThat(fullName(code)).isEqualTo("Siti Nurhaliza");

		var runs = Races.together(4, i -> (i % 2 == 0 ? onB : appBean(PersonalDataRetention.class))
			.removeExpiredPersonalData());
		assertThat(fullName(code)).isEqualTo("-");
		assertThat(runs).as("runs at once never fail (no deadlock)").hasSize(4);
	}

	private String fullName(String code) {
		return jdbc.sql("select full_name from booking where code = :c").param("c", code).query(String.class).single();
	}

	private <T> T appBean(Class<T> type) {
		return context.getBean(type);
	}

	private long reminderRows(String office) {
		return jdbc.sql("""
				select count(*) from booking_reminder r join booking b on b.id = r.booking_id
				join office o on o.id = b.office_id where o.code = :c""").param("c", office).query(Long.class).single();
	}

	private long outboxRows(String office, String condition) {
		return jdbc.sql("select count(*) from outbox_message m join office o on o.id = m.office_id where o.code = :c "
				+ condition).param("c", office).query(Long.class).single();
	}

}
