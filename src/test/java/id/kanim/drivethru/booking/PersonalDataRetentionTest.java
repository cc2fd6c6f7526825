package id.kanim.drivethru.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data goes 90 days after the pickup day, as the privacy notice says, in every table that holds
 * some; the numbers stay. Checked row by row: an old row loses its data, a recent one keeps it.
 */
@IntegrationTest
class PersonalDataRetentionTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PersonalDataRetention retention;

	@Autowired
	UnmetDemand unmetDemand;

	@Test
	void removesNamesAndNumbersOfOldBookingsOnlyAndOnlyOnce() {
		var office = TestOffices.create(jdbc, 10, 10);
		var today = LocalDate.now(clock);
		long old = booking(office, today.minusDays(120), "COLLECTED");
		long recent = booking(office, today.minusDays(30), "COLLECTED");

		assertThat(retention.removeExpiredPersonalData()).isGreaterThanOrEqualTo(1);

		assertThat(personal(old)).isEqualTo("-|-|null|- |X" + old + "|COLLECTED|CAR");
		assertThat(personal(recent)).startsWith("Siti Nurhaliza|+6281234567890|siti@example.id|BH 1 A|");
		assertThat(retention.removeExpiredPersonalData()).as("already done").isZero();
	}

	@Test
	void removesTheWebIdempotencyKeyAndATypedTurnAwayReasonButKeepsTheCodedOne() {
		var office = TestOffices.create(jdbc, 10, 10);
		var today = LocalDate.now(clock);
		long typed = booking(office, today.minusDays(100), "TURNED_AWAY");
		long coded = booking(office, today.minusDays(101), "TURNED_AWAY");
		long recent = booking(office, today.minusDays(80), "TURNED_AWAY");
		outcome(typed, "Pak Budi lupa KTP, nomor 0812 333 444");
		outcome(coded, "PASSPORT_NOT_READY");
		outcome(recent, "Pak Budi lupa KTP");

		retention.removeExpiredPersonalData();

		assertThat(column("booking", "idempotency_key", typed)).isNull();
		assertThat(column("booking", "outcome_reason", typed)).isEqualTo("OTHER");
		assertThat(column("booking", "outcome_reason", coded)).isEqualTo("PASSPORT_NOT_READY");
		assertThat(column("booking", "idempotency_key", recent)).startsWith("web:").endsWith(":NUMBER" + recent);
		assertThat(column("booking", "outcome_reason", recent)).isEqualTo("Pak Budi lupa KTP");
	}

	@Test
	void removesWaitingEntriesOfPastDaysWhateverTheirStatus() {
		var office = TestOffices.create(jdbc, 10, 10);
		var today = LocalDate.now(clock);
		long left = waiting(office, today.minusDays(95), "LEFT");
		long forgotten = waiting(office, today.minusDays(95), "WAITING");
		long recent = waiting(office, today.minusDays(60), "SKIPPED");

		retention.removeExpiredPersonalData();

		for (long id : new long[] { left, forgotten }) {
			assertThat(waitingPersonal(id)).isEqualTo("-|-|null|-|X" + id + "|null");
		}
		assertThat(waitingPersonal(recent)).isEqualTo("Siti Nurhaliza|+6281234567890|siti@example.id|BH 1 A|W"
				+ recent + "|Budi");
	}

	@Test
	void replacesTheUnmetDemandKeyOfOldDaysOnly() {
		var officeCode = TestOffices.create(jdbc, 10, 10);
		var office = officeId(officeCode);
		var today = LocalDate.now(clock);
		long old = unmet(office, today.minusDays(92), "12345678");
		long recent = unmet(office, today.minusDays(20), "12345678");

		retention.removeExpiredPersonalData();

		assertThat(column("unmet_demand", "applicant_hash", old)).isEqualTo("-%063d".formatted(old));
		assertThat(column("unmet_demand", "applicant_hash", recent)).isEqualTo(unmetDemand.applicantKey("12345678"));
	}

	/**
	 * The key counts a retrying applicant once, and is no unsalted SHA-256 of the number (which anyone could
	 * reverse by hashing every 7-10 digit number): it is an HMAC under the installation's secret.
	 */
	@Test
	void unmetDemandIsKeyedByAnHmacNotAPlainHashOfTheApplicationNumber() throws Exception {
		var office = officeId(TestOffices.create(jdbc, 10, 10));
		var date = LocalDate.now(clock).plusDays(3);
		var reason = id.kanim.drivethru.capacity.CapacityUnavailableException.Reason.DAY_FULL;
		for (int i = 0; i < 3; i++) {
			unmetDemand.record(office, date, "1234567890", reason);
		}
		unmetDemand.record(office, date, "1234567891", reason);

		var keys = jdbc.sql("select applicant_hash from unmet_demand where office_id = :o order by id")
			.param("o", office)
			.query(String.class)
			.list();
		assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
		var sha256 = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest("1234567890".getBytes()));
		assertThat(keys.get(0)).isNotEqualTo(sha256).isEqualTo(unmetDemand.applicantKey("1234567890"));
	}

	@Test
	void removesTypedReasonsOfClosuresQuotaChangesAndTheWindow() {
		var officeCode = TestOffices.create(jdbc, 10, 10);
		var office = officeId(officeCode);
		var today = LocalDate.now(clock);
		var longAgo = clock.instant().minus(Duration.ofDays(100));
		var lately = clock.instant().minus(Duration.ofDays(10));
		long oldDay = closedDay(office, today.minusDays(100), "Petugas Budi sakit");
		long recentDay = closedDay(office, today.minusDays(10), "Petugas Budi sakit");
		long oldChange = change(office, today.minusDays(100), lately, "Petugas Budi sakit");
		long oldDefaults = change(office, null, longAgo, "Pak Andi pindah tugas");
		long recentChange = change(office, today.minusDays(10), longAgo, "Petugas Budi sakit");
		long booking = booking(officeCode, today.minusDays(99), "TURNED_AWAY");
		long typedEvent = event(booking, office, "Pak Budi lupa KTP", longAgo);
		long codedEvent = event(booking, office, "DOCUMENTS_INCOMPLETE", longAgo);
		long recentEvent = event(booking, office, "Pak Budi lupa KTP", lately);

		retention.removeExpiredPersonalData();

		assertThat(column("service_day", "closed_reason", oldDay)).isNull();
		assertThat(column("service_day", "closed_reason", recentDay)).isEqualTo("Petugas Budi sakit");
		assertThat(column("capacity_change", "reason", oldChange)).isNull();
		assertThat(column("capacity_change", "reason", oldDefaults)).isNull();
		assertThat(column("capacity_change", "reason", recentChange)).isEqualTo("Petugas Budi sakit");
		assertThat(column("capacity_change", "change", oldChange)).as("the change itself stays").isEqualTo("CLOSE");
		assertThat(column("booking_event", "reason", typedEvent)).isEqualTo("OTHER");
		assertThat(column("booking_event", "reason", codedEvent)).isEqualTo("DOCUMENTS_INCOMPLETE");
		assertThat(column("booking_event", "reason", recentEvent)).isEqualTo("Pak Budi lupa KTP");
	}

	@Test
	void deletesReadyListRowsLongPastTheirDeadlineAndOldFailedSignIns() {
		var office = officeId(TestOffices.create(jdbc, 10, 10));
		var today = LocalDate.now(clock);
		ready(office, "OLDISSUED1", today.minusDays(125), clock.instant());
		ready(office, "NEWISSUED1", today.minusDays(100), clock.instant());
		ready(office, "OLDUPLOAD1", null, clock.instant().minus(Duration.ofDays(125)));
		ready(office, "NEWUPLOAD1", null, clock.instant().minus(Duration.ofDays(100)));
		var oldUser = "retention-" + UUID.randomUUID();
		var newUser = "retention-" + UUID.randomUUID();
		failedLogin(oldUser, clock.instant().minus(Duration.ofDays(93)));
		failedLogin(newUser, clock.instant().minus(Duration.ofDays(89)));

		retention.removeExpiredPersonalData();

		assertThat(jdbc.sql("select application_number from passport_ready where office_id = :o order by 1")
			.param("o", office)
			.query(String.class)
			.list()).containsExactly("NEWISSUED1", "NEWUPLOAD1");
		assertThat(jdbc.sql("select username_key from login_failure where username_key in (:a, :b)")
			.param("a", oldUser)
			.param("b", newUser)
			.query(String.class)
			.list()).containsExactly(newUser);
	}

	@Test
	void deletesMessagesOfOldDaysWhateverTheirStatus() {
		var office = officeId(TestOffices.create(jdbc, 10, 10));
		var today = LocalDate.now(clock);
		long sent = message(office, today.minusDays(95), "SENT", clock.instant().minus(Duration.ofDays(100)));
		long failed = message(office, today.minusDays(93), "FAILED", clock.instant().minus(Duration.ofDays(100)));
		long pending = message(office, today.minusDays(120), "PENDING", clock.instant().minus(Duration.ofDays(130)));
		long recent = message(office, today.minusDays(80), "SENT", clock.instant().minus(Duration.ofDays(85)));
		long undatedOld = message(office, null, "SENT", clock.instant().minus(Duration.ofDays(95)));
		long undatedNew = message(office, null, "SENT", clock.instant().minus(Duration.ofDays(10)));

		retention.removeExpiredPersonalData();

		assertThat(jdbc.sql("select id from outbox_message where id in (:ids) order by id")
			.param("ids", java.util.List.of(sent, failed, pending, recent, undatedOld, undatedNew))
			.query(Long.class)
			.list()).containsExactly(recent, undatedNew);
	}

	private long message(long office, LocalDate day, String status, java.time.Instant created) {
		return jdbc.sql("""
				insert into outbox_message (office_id, topic, channel, recipient, body, language, service_date,
				    status, next_attempt_at, created_at)
				values (:office, 'CONFIRMED', 'PHONE', '+6281234567890', 'Yth. Siti Nurhaliza ...', 'id', :day,
				    :status, :created, :created)
				returning id
				""")
			.param("office", office)
			.param("day", day)
			.param("status", status)
			.param("created", java.sql.Timestamp.from(created))
			.query(Long.class)
			.single();
	}

	/**
	 * Every instance runs the job at the same hour: one does the work, the rest return at once, and no run
	 * fails (a deadlock between two runs would throw here).
	 */
	@RepeatedTest(3)
	void instancesRunningTheJobAtOnceDoTheWorkOnceWithoutFailing() {
		var office = TestOffices.create(jdbc, 10, 10);
		var today = LocalDate.now(clock);
		var ids = new long[20];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = booking(office, today.minusDays(100 + i), "COLLECTED");
		}

		var results = Races.together(8, n -> retention.removeExpiredPersonalData());

		assertThat(results).hasSize(8).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(0));
		assertThat(results.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(ids.length);
		for (long id : ids) {
			assertThat(personal(id)).isEqualTo("-|-|null|- |X" + id + "|COLLECTED|CAR");
		}
		assertThat(retention.removeExpiredPersonalData()).as("nothing left for a later run").isZero();
	}

	String personal(long id) {
		return jdbc.sql("""
				select full_name || '|' || phone || '|' || coalesce(email, 'null') || '|' || plate_number
				    || case when plate_number = '-' then ' ' else '' end || '|' || application_number || '|'
				    || status || '|' || vehicle_type
				from booking where id = :id""")
			.param("id", id)
			.query(String.class)
			.single();
	}

	String waitingPersonal(long id) {
		return jdbc.sql("""
				select full_name || '|' || phone || '|' || coalesce(email, 'null') || '|' || plate_number || '|'
				    || application_number || '|' || coalesce(collector_name, 'null')
				from waiting_entry where id = :id""")
			.param("id", id)
			.query(String.class)
			.single();
	}

	String column(String table, String column, long id) {
		var value = jdbc.sql("select coalesce(cast(" + column + " as text), '<null>') from " + table + " where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return "<null>".equals(value) ? null : value;
	}

	long officeId(String code) {
		return jdbc.sql("select id from office where code = :c").param("c", code).query(Long.class).single();
	}

	long booking(String office, LocalDate date, String status) {
		var officeId = officeId(office);
		var dayId = jdbc.sql("""
				insert into service_day (office_id, service_date, quota) values (:office, :date, 10)
				on conflict (office_id, service_date) do update set quota = 10 returning id""")
			.param("office", officeId)
			.param("date", date)
			.query(Long.class)
			.single();
		long id = jdbc.sql("""
				insert into booking (code, office_id, service_day_id, service_date, slot_start, slot_end,
				    application_number, full_name, phone, email, vehicle_type, plate_number, status, created_at)
				values (:code, :office, :day, :date, '09:00', '09:30', :number, 'Siti Nurhaliza', '+6281234567890',
				    'siti@example.id', 'CAR', 'BH 1 A', :status, now())
				returning id""")
			.param("code", BookingCode.random().value())
			.param("office", officeId)
			.param("day", dayId)
			.param("date", date)
			.param("number", TestOffices.applicationNumber())
			.param("status", status)
			.query(Long.class)
			.single();
		// The web form's key ends in the application number.
		jdbc.sql("update booking set idempotency_key = :key where id = :id")
			.param("key", "web:" + UUID.randomUUID() + ":NUMBER" + id)
			.param("id", id)
			.update();
		return id;
	}

	void outcome(long booking, String reason) {
		jdbc.sql("update booking set outcome_reason = :r where id = :id").param("r", reason).param("id", booking).update();
	}

	long waiting(String office, LocalDate date, String status) {
		long id = jdbc.sql("""
				insert into waiting_entry (code, office_id, service_date, application_number, full_name, phone, email,
				    vehicle_type, plate_number, collector_type, collector_name, status, created_at, consented_at)
				values (:code, :office, :date, :number, 'Siti Nurhaliza', '+6281234567890', 'siti@example.id', 'CAR',
				    'BH 1 A', 'FAMILY', 'Budi', :status, now(), now())
				returning id""")
			.param("code", BookingCode.random().value())
			.param("office", officeId(office))
			.param("date", date)
			.param("number", "PENDING" + System.nanoTime())
			.param("status", status)
			.query(Long.class)
			.single();
		jdbc.sql("update waiting_entry set application_number = 'W' || id where id = :id").param("id", id).update();
		return id;
	}

	long unmet(long office, LocalDate date, String applicationNumber) {
		unmetDemand.record(office, date, applicationNumber,
				id.kanim.drivethru.capacity.CapacityUnavailableException.Reason.DAY_FULL);
		return jdbc.sql("select id from unmet_demand where office_id = :o and service_date = :d")
			.param("o", office)
			.param("d", date)
			.query(Long.class)
			.single();
	}

	long closedDay(long office, LocalDate date, String reason) {
		return jdbc.sql("""
				insert into service_day (office_id, service_date, quota, closed, closed_reason)
				values (:office, :date, 10, true, :reason) returning id""")
			.param("office", office)
			.param("date", date)
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	long change(long office, LocalDate date, java.time.Instant at, String reason) {
		return jdbc.sql("""
				insert into capacity_change (office_id, service_date, changed_by, changed_at, change, old_value,
				    new_value, reason)
				values (:office, :date, 'supervisor', :at, 'CLOSE', 'open', 'closed', :reason) returning id""")
			.param("office", office)
			.param("date", date)
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	long event(long booking, long office, String reason, java.time.Instant at) {
		return jdbc.sql("""
				insert into booking_event (booking_id, office_id, action, from_status, to_status, reason, actor,
				    occurred_at, office_time)
				values (:booking, :office, 'TURN_AWAY', 'ARRIVED', 'TURNED_AWAY', :reason, 'petugas', :at, :local)
				returning id""")
			.param("booking", booking)
			.param("office", office)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("local", java.time.LocalDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	void ready(long office, String number, LocalDate issuedOn, java.time.Instant uploadedAt) {
		jdbc.sql("""
				insert into passport_ready (office_id, application_number, issued_on, uploaded_at, uploaded_by)
				values (:office, :number, :issued, :at, 'supervisor')""")
			.param("office", office)
			.param("number", number)
			.param("issued", issuedOn)
			.param("at", Timestamp.from(uploadedAt))
			.update();
	}

	void failedLogin(String username, java.time.Instant at) {
		jdbc.sql("insert into login_failure (username_key, failed_at) values (:u, :at)")
			.param("u", username)
			.param("at", Timestamp.from(at))
			.update();
	}

}
