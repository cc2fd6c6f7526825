package id.kanim.drivethru.counter;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/** The officer's steps at the window, each through the real HTTP stack with session, CSRF and database. */
@IntegrationTest
class LoketStepsTest extends OfficeTestBase {

	LoketStepsTest() {
		super(20, 5);
	}

	static final List<String> SELF_DOCUMENTS = List.of("ktp", "receipt", "payment");

	String officer;

	@BeforeEach
	void signInAsOfficer() {
		officer = signIn(StaffRole.OFFICER);
	}

	@Test
	void theLoketListsTodaysBookingsOfTheOfficeInSlotOrderWithCounts() {
		var today = TestBookings.today(clock);
		TestBookings.book(jdbc, office, today, "10:00", "BH 3 CC");
		TestBookings.book(jdbc, office, today, "09:00", "BH 1 AA", "MOTORCYCLE", "FAMILY", true);
		TestBookings.book(jdbc, office, today, "09:30", "BH 2 BB");
		TestBookings.book(jdbc, office, today.plusDays(1), "09:00", "BH 9 TOM");
		TestBookings.book(jdbc, TestOffices.create(jdbc, 20, 5), today, "09:00", "BH 9 OTH");

		var body = browser.get("/staff/loket").body();

		assertThat(body).containsSubsequence("BH 1 AA", "BH 2 BB", "BH 3 CC");
		assertThat(body).doesNotContain("BH 9 TOM").doesNotContain("BH 9 OTH");
		assertThat(body).contains("Keluarga (satu KK)").contains("Prioritas").contains("Sepeda motor")
			.contains("Fotokopi Kartu Keluarga").contains("Tanda terima permohonan");
		assertThat(body).contains("id=\"count-expected\">3<").contains("id=\"count-arrived\">0<")
			.contains("id=\"count-remaining\">17<");
		assertThat(body).contains("autofocus").contains("hx-trigger=\"every 5s\"");
	}

	@Test
	void theListRefreshesAsAFragmentForHtmx() {
		TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 77 HX");

		var fragment = browser.get("/staff/loket/rows", "HX-Request", "true");

		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<div").contains("id=\"rows\"").contains("BH 77 HX")
			.contains("hx-get=").doesNotContain("<html");
	}

	@Test
	void aScannedCodeOrATypedPlateOpensTheBookingAtOnce() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1234 XY");

		var scanned = browser.get("/staff/loket?q=" + code.substring(0, 4).toLowerCase() + "-" + code.substring(4));
		var plate = browser.get("/staff/loket?q=bh1234xy");

		assertThat(scanned.redirectPath()).isEqualTo("/staff/loket/" + code);
		assertThat(plate.redirectPath()).isEqualTo("/staff/loket/" + code);
		var opened = browser.follow(scanned).body();
		assertThat(opened).contains("id=\"booking-panel\"").contains("BH 1234 XY").contains("Sudah tiba");
	}

	@Test
	void aCodeFromAnotherDayOrAnotherOfficeSaysSo() {
		var tomorrow = TestBookings.book(jdbc, office, TestBookings.today(clock).plusDays(1), "09:00", "BH 5 A");
		var elsewhere = TestBookings.book(jdbc, TestOffices.create(jdbc, 20, 5), TestBookings.today(clock), "09:00", "BH 6 A");

		assertThat(browser.get("/staff/loket?q=" + tomorrow).body()).contains("bukan untuk hari ini");
		assertThat(browser.get("/staff/loket?q=" + elsewhere).body()).contains("milik kantor lain")
			.doesNotContain("BH 6 A");
		assertThat(browser.get("/staff/loket?q=ZZZZ9999").body()).contains("Tidak ada pesanan hari ini");
	}

	@Test
	void aBookingGoesFromArrivedThroughCalledToCollectedWithAnAuditRowForEachStep() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1 AB");

		assertThat(step(code, "arrive").body()).contains("kendaraan sudah tiba");
		browser.post("/staff/loket/window", Map.of("window", 2));
		assertThat(step(code, "call").body()).contains("layar antrean");
		var collected = step(code, "collect", Map.of("document", SELF_DOCUMENTS));

		assertThat(collected.body()).contains("paspor sudah diserahkan");
		var row = jdbc.sql("""
				select status, arrived_at is not null, called_at is not null, window_number, finished_at is not null,
				    finished_by from booking where code = :code""")
			.param("code", code)
			.query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4),
					rs.getBoolean(5), rs.getString(6)))
			.single();
		assertThat(row).containsExactly("COLLECTED", true, true, 2, true, officer);
		// Documents ticked with the hand-over are recorded one row each, before it.
		assertThat(audit(code)).containsExactly("ARRIVE BOOKED>ARRIVED " + officer, "CALL ARRIVED>ARRIVED " + officer,
				"CHECK_DOCUMENT ARRIVED>ARRIVED " + officer, "CHECK_DOCUMENT ARRIVED>ARRIVED " + officer,
				"CHECK_DOCUMENT ARRIVED>ARRIVED " + officer, "COLLECT ARRIVED>COLLECTED " + officer);
		var offset = jdbc.sql("""
				select distinct extract(epoch from (e.office_time - (e.occurred_at at time zone 'UTC')))
				from booking_event e join booking b on b.id = e.booking_id where b.code = :code""")
			.param("code", code)
			.query(Double.class)
			.list();
		assertThat(offset).as("office time is Jakarta time, UTC+7").containsExactly(7 * 3600.0);
	}

	@Test
	void collectingNeedsEveryDocumentOfTheCollectorTypeTicked() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1 AC", "CAR", "PROXY", false);
		step(code, "arrive");

		var page = step(code, "collect", Map.of("document", SELF_DOCUMENTS));

		assertThat(page.body()).contains("Centang semua dokumen").contains("Surat kuasa bermeterai");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("ARRIVED");
		step(code, "collect", Map.of("document", List.of("surat-kuasa", "payment", "own-ktp")));
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("COLLECTED");
	}

	@Test
	void stepsTheStatusDoesNotAllowAreRefusedAndChangeNothing() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1 AD");

		assertRefused(code, "collect", Map.of("document", SELF_DOCUMENTS), "BOOKED", "berstatus BOOKED");
		assertRefused(code, "call", Map.of(), "BOOKED", "berstatus BOOKED");
		step(code, "arrive");
		assertRefused(code, "arrive", Map.of(), "ARRIVED", "berstatus ARRIVED");
		assertRefused(code, "no-show", Map.of(), "ARRIVED", "berstatus ARRIVED");
		step(code, "collect", Map.of("document", SELF_DOCUMENTS));
		for (var action : List.of("arrive", "call", "turn-away", "no-show", "collect")) {
			assertRefused(code, action, Map.of("reason", "PASSPORT_NOT_READY", "document", SELF_DOCUMENTS),
					"COLLECTED", "berstatus COLLECTED");
		}
		assertThat(browser.post("/staff/loket/" + code + "/fly", Map.of("version", 0)).status()).isEqualTo(404);
		assertThat(audit(code)).as("arrive, three documents, collect").hasSize(5);
	}

	@Test
	void turningAwayNeedsAReasonAndKeepsThePlaceTaken() {
		var today = TestBookings.today(clock);
		var code = TestBookings.book(jdbc, office, today, "09:00", "BH 1 AE");
		var bookedBefore = booked(today);
		step(code, "arrive");

		assertRefused(code, "turn-away", Map.of("reason", "OTHER", "reasonText", "  "), "ARRIVED", "alasan penolakan");
		var page = step(code, "turn-away", Map.of("reason", "OTHER", "reasonText", "Paspor rusak, cetak ulang"));

		assertThat(page.body()).contains("pesanan ditolak").contains("Paspor rusak, cetak ulang");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("TURNED_AWAY");
		assertThat(booked(today)).isEqualTo(bookedBefore);
		assertThat(audit(code)).last().isEqualTo("TURN_AWAY ARRIVED>TURNED_AWAY " + officer);
		assertThat(page.body()).contains("id=\"count-turned-away\">1<");
	}

	@Test
	void aNoShowCanBeRecordedOnlyOnceTheSlotHasEndedPlusTheGracePeriod() {
		var today = TestBookings.today(clock);
		var early = TestBookings.book(jdbc, office, today, "09:00", "BH 1 AF");
		var late = TestBookings.book(jdbc, office, today, "09:30", "BH 2 AF");
		clock.set(ZonedDateTime.of(today, LocalTime.of(10, 0), TestOffices.JAKARTA).toInstant());

		assertRefused(late, "no-show", Map.of(), "BOOKED", "mulai pukul 10:30");
		step(early, "no-show");

		assertThat(TestBookings.status(jdbc, early)).isEqualTo("NO_SHOW");
		clock.advance(Duration.ofMinutes(30));
		step(late, "no-show");
		assertThat(TestBookings.status(jdbc, late)).isEqualTo("NO_SHOW");
	}

	@Test
	void theLastStepCanBeUndoneWithinAFewMinutesOnce() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1 AG");
		clock.set(clock.instant());
		step(code, "arrive");
		step(code, "call");

		assertThat(step(code, "undo").body()).contains("Langkah terakhir sudah dibatalkan");
		var calledAt = jdbc.sql("select called_at is null from booking where code = :c").param("c", code)
			.query(Boolean.class).single();
		assertThat(calledAt).as("the call is taken back").isTrue();
		assertRefused(code, "undo", Map.of(), "ARRIVED", "Tidak ada langkah yang bisa dibatalkan");

		step(code, "collect", Map.of("document", SELF_DOCUMENTS));
		clock.advance(Duration.ofMinutes(6));
		assertRefused(code, "undo", Map.of(), "COLLECTED", "Tidak ada langkah yang bisa dibatalkan");

		var other = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 2 AG");
		step(other, "arrive");
		clock.advance(Duration.ofMinutes(4));
		step(other, "undo");
		assertThat(TestBookings.status(jdbc, other)).isEqualTo("BOOKED");
		assertThat(audit(other)).containsExactly("ARRIVE BOOKED>ARRIVED " + officer, "UNDO ARRIVED>BOOKED " + officer);
	}

	@Test
	void anUndoThatWouldGiveTheApplicationASecondActiveBookingIsRefused() {
		var today = TestBookings.today(clock);
		var code = TestBookings.book(jdbc, office, today, "09:00", "BH 1 AI");
		step(code, "arrive");
		step(code, "turn-away", Map.of("reason", "PASSPORT_NOT_READY"));
		var newer = TestBookings.book(jdbc, office, today, "10:00", "BH 1 AI");
		jdbc.sql("update booking set application_number = (select application_number from booking where code = :old) "
				+ "where code = :new").param("old", code).param("new", newer).update();

		var page = step(code, "undo");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("sudah punya pesanan lain yang aktif");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("TURNED_AWAY");
		assertThat(audit(code)).hasSize(2);
	}

	@Test
	void aStepOnAStateTheOfficerHasNotSeenIsRefusedWithTheCurrentState() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1 AH");
		var colleague = signedIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER));
		browser.get("/staff/loket/" + code);
		colleague.get("/staff/loket/" + code);
		colleague.post("/staff/loket/" + code + "/arrive", Map.of("version", 0));

		var late = browser.follow(browser.post("/staff/loket/" + code + "/turn-away",
				Map.of("version", 0, "reason", "DOCUMENTS_INCOMPLETE")));

		assertThat(late.status()).isEqualTo(200);
		assertThat(late.body()).contains("Petugas lain baru saja mengubah pesanan ini")
			.contains("id=\"booking-status\">Sudah tiba<");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("ARRIVED");
	}

	@Test
	void twoOfficersActingAtOnceOneWinsAndTheOtherIsToldClearly() {
		var colleague = signedIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER));
		for (int round = 0; round < 5; round++) {
			var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH " + (round + 1) + " RC");
			browser.get("/staff/loket/" + code);
			colleague.get("/staff/loket/" + code);
			var browsers = List.of(browser, colleague);

			var answers = Races.together(2, i -> browsers.get(i).post("/staff/loket/" + code + "/" + (i == 0 ? "arrive" : "turn-away"),
					Map.of("version", 0, "reason", "PASSPORT_NOT_READY")));

			assertThat(answers).extracting(Browser.Page::status).containsOnly(302);
			var pages = List.of(browser.follow(answers.get(0)).body(), colleague.follow(answers.get(1)).body());
			assertThat(pages.stream().filter(p -> p.contains("id=\"step-done\""))).hasSize(1);
			assertThat(pages.stream().filter(p -> p.contains("id=\"step-refused\""))).hasSize(1);
			assertThat(audit(code)).hasSize(1);
			assertThat(TestBookings.status(jdbc, code)).isIn("ARRIVED", "TURNED_AWAY");
		}
	}

	@Test
	void anOfficerCannotSeeOrChangeAnotherOfficesBookingButAnAdministratorCan() {
		var otherOffice = TestOffices.create(jdbc, 20, 5);
		var code = TestBookings.book(jdbc, otherOffice, TestBookings.today(clock), "09:00", "BH 1 AJ");
		browser.get("/staff/loket");

		var answer = browser.follow(browser.post("/staff/loket/" + code + "/arrive", Map.of("version", 0)));
		assertThat(answer.body()).contains("tidak ada di loket Anda").doesNotContain("BH 1 AJ");
		assertThat(browser.get("/staff/loket/" + code).body()).doesNotContain("BH 1 AJ");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("BOOKED");

		var admin = signedIn(TestStaff.create(accounts, jdbc, office, StaffRole.ADMIN));
		assertThat(admin.get("/staff/loket?office=" + otherOffice).body()).contains("BH 1 AJ");
		admin.get("/staff/loket/" + code);
		admin.post("/staff/loket/" + code + "/arrive", Map.of("version", 0));
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("ARRIVED");
	}

	@Test
	void supervisorsReadTheAuditLogOfABookingOfTheirOffice() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1 AK");
		step(code, "arrive");
		step(code, "turn-away", Map.of("reason", "DOCUMENTS_INCOMPLETE"));
		var supervisor = signedIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR));
		var elsewhere = signedIn(TestStaff.create(accounts, jdbc, TestOffices.create(jdbc, 20, 5), StaffRole.SUPERVISOR));

		var page = supervisor.get("/staff/audit/" + code);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).containsSubsequence("Tiba", officer, "Ditolak", "DOCUMENTS_INCOMPLETE", officer)
			.contains("Asia/Jakarta");
		assertThat(elsewhere.get("/staff/audit/" + code).status()).isEqualTo(404);
		assertThat(browser.get("/staff/audit/" + code).status()).isEqualTo(403);
	}

	private Browser signedIn(String username) {
		var b = new Browser(port);
		assertThat(b.signIn(username, TestStaff.PASSWORD).redirectPath()).startsWith("/staff/loket");
		return b;
	}

	/** Opens the booking (as an officer would) and takes the step with the version shown; returns the page after. */
	private Browser.Page step(String code, String action) {
		return step(code, action, Map.of());
	}

	private Browser.Page step(String code, String action, Map<String, ?> fields) {
		return browser.follow(LoketSteps.take(browser, jdbc, code, action, fields));
	}

	private void assertRefused(String code, String action, Map<String, ?> fields, String status, String message) {
		var auditBefore = audit(code).size();
		var page = step(code, action, fields);
		assertThat(page.body()).as(action).contains("id=\"step-refused\"").contains(message);
		assertThat(TestBookings.status(jdbc, code)).as(action).isEqualTo(status);
		assertThat(audit(code)).as(action).hasSize(auditBefore);
	}

	private int booked(java.time.LocalDate date) {
		return jdbc.sql("""
				select d.booked from service_day d join office o on o.id = d.office_id
				where o.code = :office and d.service_date = :date""")
			.param("office", office).param("date", date).query(Integer.class).single();
	}

	private List<String> audit(String code) {
		return LoketSteps.audit(jdbc, code);
	}

}
