package id.kanim.drivethru.counter;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

/**
 * The loket panel as served (no JavaScript): one primary next step per state, the "Dipanggil" state, the
 * documents from the start with "semua dokumen lengkap" as one action recorded per document, turn-away
 * folded away, no-show disabled until its time, and no page refresh that would wipe the search box.
 */
@IntegrationTest
class LoketNextStepTest extends OfficeTestBase {

	LoketNextStepTest() {
		super(20, 5);
	}

	private static final Pattern PRIMARY = Pattern.compile("<button[^>]*class=\"button button-primary-step\"[^>]*>");

	private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");

	String officer;

	@BeforeEach
	void signInAsOfficer() {
		officer = signIn(StaffRole.OFFICER);
	}

	@Test
	void eachStateOffersExactlyOnePrimaryNextStepWithAKeyboardShortcut() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 5 NS");

		var booked = browser.get("/staff/loket/" + code).body();
		assertThat(primaryStep(booked)).isEqualTo("step-arrive");
		assertThat(status(booked)).isEqualTo("Dipesan");
		assertThat(booked).contains("accesskey=\"n\"").contains("Alt+N");

		var arrived = step(code, "arrive").body();
		assertThat(primaryStep(arrived)).isEqualTo("step-call");
		assertThat(status(arrived)).isEqualTo("Sudah tiba");

		var called = step(code, "call").body();
		assertThat(primaryStep(called)).as("after the call the hand-over comes first, not another call")
			.isEqualTo("step-collect");
		assertThat(status(called)).isEqualTo("Dipanggil");
		assertThat(called).contains("Panggil lagi ke loket 1");
		assertThat(browser.get("/staff/loket").body()).as("the list says Dipanggil too")
			.containsPattern("<td>Dipanggil</td>");

		var collected = step(code, "collect", Map.of("document", LoketStepsTest.SELF_DOCUMENTS)).body();
		assertThat(PRIMARY.matcher(collected).results().count()).as("nothing left to do").isZero();
		assertThat(status(collected)).isEqualTo("Sudah diambil");
	}

	@Test
	void turningAwayIsFoldedAwayAndNoShowIsDisabledUntilItsTime() {
		var today = TestBookings.today(clock);
		var code = TestBookings.book(jdbc, office, today, "09:00", "BH 6 NS");
		clock.set(ZonedDateTime.of(today, LocalTime.of(9, 45), TestOffices.JAKARTA).toInstant());

		var early = browser.get("/staff/loket/" + code).body();
		assertThat(early).containsPattern("<details[^>]*id=\"turn-away\"")
			.containsPattern("(?s)<details[^>]*id=\"turn-away\".*id=\"step-turn-away\".*</details>")
			.doesNotContainPattern("<details[^>]*\\bopen\\b");
		assertThat(early).containsPattern("<button[^>]*id=\"step-no-show\"[^>]*disabled")
			.contains("Bisa dicatat mulai pukul 10:00");

		clock.set(ZonedDateTime.of(today, LocalTime.of(10, 0), TestOffices.JAKARTA).toInstant());
		var due = browser.get("/staff/loket/" + code).body();
		assertThat(due).containsPattern("<button[^>]*id=\"step-no-show\"")
			.doesNotContainPattern("<button[^>]*id=\"step-no-show\"[^>]*disabled");
	}

	@Test
	void theDocumentsShowFromTheStartAndAllCompleteIsOneActionRecordedPerDocument() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 7 NS", "CAR", "FAMILY", false);

		var booked = browser.get("/staff/loket/" + code).body();
		assertThat(booked).as("before Arrived").contains("Fotokopi Kartu Keluarga").contains("KTP asli pengambil")
			.contains("id=\"documents-all\"").contains("0 dari 4 dokumen sudah diperiksa");

		step(code, "arrive");
		var called = step(code, "call").body();
		assertThat(called).as("the hand-over waits for the documents")
			.containsPattern("<button[^>]*id=\"step-collect\"[^>]*disabled");

		var checked = browser.follow(browser.post("/staff/loket/" + code + "/documents", Map.of("all", "true"))).body();

		assertThat(checked).contains("dokumen sudah diperiksa").contains("4 dari 4 dokumen sudah diperiksa")
			.doesNotContain("id=\"documents-all\"");
		assertThat(checked).containsPattern("<button[^>]*id=\"step-collect\"")
			.doesNotContainPattern("<button[^>]*id=\"step-collect\"[^>]*disabled");
		assertThat(documentRows(code)).as("one audit row per document")
			.containsExactly("payment", "kk-copy", "owner-documents", "own-ktp");
		assertThat(TestBookings.status(jdbc, code)).as("no status change").isEqualTo("ARRIVED");

		step(code, "collect");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("COLLECTED");
		assertThat(documentRows(code)).as("not recorded twice").hasSize(4);
		step(code, "undo");
		assertThat(TestBookings.status(jdbc, code)).as("undo takes back the hand-over, not a document")
			.isEqualTo("ARRIVED");
		var supervisor = new Browser(port);
		supervisor.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR), TestStaff.PASSWORD);
		assertThat(supervisor.get("/staff/audit/" + code).body())
			.containsSubsequence("Dokumen diperiksa", "Fotokopi Kartu Keluarga", "Dokumen diperiksa", "KTP asli pengambil");
	}

	@Test
	void someDocumentsCanBeTickedAloneAndNoneIsRefused() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 8 NS");
		browser.get("/staff/loket/" + code);

		var none = browser.follow(browser.post("/staff/loket/" + code + "/documents", Map.of())).body();
		assertThat(none).contains("id=\"step-refused\"").contains("Centang dokumen yang sudah diperiksa");
		var some = browser.follow(browser.post("/staff/loket/" + code + "/documents",
				Map.of("document", List.of("ktp", "not-a-document")))).body();
		assertThat(some).contains("1 dari 3 dokumen sudah diperiksa");
		assertThat(documentRows(code)).containsExactly("ktp");

		step(code, "arrive");
		step(code, "call");
		var refused = step(code, "collect", Map.of("document", List.of("receipt"))).body();
		assertThat(refused).contains("id=\"step-refused\"");
		step(code, "collect", Map.of("document", List.of("receipt", "payment")));
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("COLLECTED");
		assertThat(documentRows(code)).containsExactly("ktp", "receipt", "payment");

		var late = browser.follow(browser.post("/staff/loket/" + code + "/documents", Map.of("all", "true"))).body();
		assertThat(late).as("a finished booking takes no more checks").contains("id=\"step-refused\"");
	}

	@Test
	void officersMarkingAllDocumentsAtOnceRecordEachDocumentOnce() {
		var officers = new java.util.ArrayList<Browser>();
		for (int i = 0; i < 4; i++) {
			var other = new Browser(port);
			other.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER), TestStaff.PASSWORD);
			officers.add(other);
		}
		for (int round = 0; round < 5; round++) {
			var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH " + (round + 1) + " DR");
			officers.forEach(o -> o.get("/staff/loket/" + code));

			var answers = Races.together(officers.size(),
					i -> officers.get(i).post("/staff/loket/" + code + "/documents", Map.of("all", "true")).status());

			assertThat(answers).containsOnly(302);
			assertThat(documentRows(code)).as("round %d", round).containsExactlyInAnyOrder("ktp", "receipt", "payment");
		}
	}

	@Test
	void withoutJavaScriptNothingReloadsThePageUnderTheOfficersTyping() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 9 NS");

		var page = browser.get("/staff/loket").body();
		var opened = browser.get("/staff/loket/" + code).body();
		var rows = browser.get("/staff/loket/rows", "HX-Request", "true").body();

		assertThat(List.of(page, opened)).allSatisfy(body -> assertThat(body)
			.doesNotContainIgnoringCase("http-equiv=\"refresh\"")
			.contains("id=\"reload\"")
			.contains("name=\"q\""));
		assertThat(rows).as("htmx swaps only the list, never the search box").doesNotContain("name=\"q\"")
			.contains("BH 9 NS");
	}

	@Test
	void theStaffPagesUseTheStaffLayoutWithoutTheApplicantLinks() {
		var page = browser.get("/staff/loket").body();
		var english = browser.get("/staff/loket?lang=en").body();

		assertThat(page).contains("class=\"staff-header\"").contains("id=\"staff-nav\"")
			.doesNotContain("Cara kerja").doesNotContain("Cek / ubah booking").doesNotContain("site-footer");
		assertThat(english).contains("Drive-Thru Passport · Staff").doesNotContain("Check / change");
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 10 EN");
		assertThat(browser.get("/staff/loket/" + code + "?lang=en").body()).contains("Keyboard shortcut: Alt+N")
			.contains("All documents complete").contains("Cannot hand over? Turn away").doesNotContain("??");
		browser.get("/staff/loket?lang=id");
		assertThat(browser.get("/staff/password").body()).contains("class=\"staff-header\"").doesNotContain("Cara kerja");
		assertThat(new Browser(port).get("/login").body()).contains("class=\"staff-header\"")
			.doesNotContain("Cara kerja").doesNotContain("id=\"staff-nav\"");
	}

	private List<String> documentRows(String code) {
		return jdbc.sql("""
				select e.reason from booking_event e join booking b on b.id = e.booking_id
				where b.code = :code and e.action = 'CHECK_DOCUMENT' order by e.id""")
			.param("code", code)
			.query(String.class)
			.list();
	}

	private static String primaryStep(String body) {
		var buttons = PRIMARY.matcher(body).results().map(m -> m.group()).toList();
		assertThat(buttons).as("exactly one primary step").hasSize(1);
		var id = ID.matcher(buttons.get(0));
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private static String status(String body) {
		var matcher = Pattern.compile("id=\"booking-status\">([^<]+)<").matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private Browser.Page step(String code, String action) {
		return step(code, action, Map.of());
	}

	private Browser.Page step(String code, String action, Map<String, ?> fields) {
		return browser.follow(LoketSteps.take(browser, jdbc, code, action, fields));
	}

}
