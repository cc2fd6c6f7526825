package id.kanim.drivethru.verification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.readiness.ReadyList;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.CapturedMessages;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestPhones;
import id.kanim.drivethru.support.TestStaff;
import id.kanim.drivethru.support.VerifiedIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Squatting and recovery: the ready list binds a number to its owner's phone, an applicant gets back to a
 * booking with the phone, and a supervisor cancels a squatted booking with a reason.
 */
@VerifiedIntegrationTest
class FairAccessTest extends OfficeTestBase {

	FairAccessTest() {
		super(20, 5);
	}

	@Autowired
	ReadyList readyList;

	@Autowired
	id.kanim.drivethru.office.Offices offices;

	/** Books through the API with a fresh code to the phone; returns the answer. */
	Api.Response book(String number, String phone) {
		var id = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone)).json()
			.path("verificationId").asString();
		var body = new HashMap<>(Api.booking(number, tomorrow, "09:00"));
		body.put("phone", phone);
		body.put("verificationId", id);
		body.put("verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)));
		return api.book(office, body);
	}

	@Test
	void aSquatIsImpossibleWhenTheReadyListHasThePhone() {
		var number = TestOffices.applicationNumber();
		var owner = TestPhones.next();
		assertThat(readyList.upload(office, number + ",," + owner, "supervisor").accepted()).isTrue();

		var squat = book(number, TestPhones.next());

		assertThat(squat.status()).isEqualTo(409);
		assertThat(squat.problemType()).isEqualTo("phone-not-owner");
		assertThat(Races.activeBookings(jdbc, office)).isZero();
		assertThat(book(number, owner).status()).isEqualTo(201);
	}

	@Test
	void aReadyListLineWithABadPhoneIsRefused() {
		var result = readyList.upload(office, TestOffices.applicationNumber() + ",2026-11-20,12345", "supervisor");

		assertThat(result.accepted()).isFalse();
		assertThat(result.problems()).extracting(ReadyList.LineProblem::problem).containsExactly("phone");
	}

	@Test
	void theDuplicateRefusalLinksToRecovery() {
		var number = TestOffices.applicationNumber();
		assertThat(book(number, TestPhones.next()).status()).isEqualTo(201);

		var again = book(number, TestPhones.next());

		assertThat(again.problemType()).isEqualTo("duplicate-application");
		assertThat(again.json().path("recovery").asString()).isEqualTo("/booking/lupa");
		assertThat(again.json().path("detail").asString()).contains("/booking/lupa");
	}

	@Test
	void recoveryShowsTheBookingWithTheBookingsPhoneOnly() {
		var number = TestOffices.applicationNumber();
		var phone = TestPhones.next();
		var code = book(number, phone).json().path("code").asString();
		var browser = new Browser(port);
		browser.get("/booking/lupa");

		var step = browser.post("/booking/lupa", Map.of("applicationNumber", number));

		assertThat(step.status()).isEqualTo(200);
		assertThat(step.body()).contains("id=\"verificationCode\"").doesNotContain(code);
		var id = input(step.body(), "verificationId");
		var right = CapturedMessages.latestCode(TestPhones.e164(phone));
		var wrong = browser.post("/booking/lupa", Map.of("applicationNumber", number, "verificationId", id,
				"verificationCode", right.equals("000000") ? "111111" : "000000"));
		assertThat(wrong.body()).contains("id=\"verificationCode-error\"").doesNotContain(code);

		var shown = browser.post("/booking/lupa",
				Map.of("applicationNumber", number, "verificationId", id, "verificationCode", right));

		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("id=\"recovered-code\"").contains(code.substring(0, 4));
		var opened = browser.post("/booking/cek", Map.of("code", code, "applicationNumber", number));
		assertThat(opened.location().orElseThrow()).contains("/booking/" + code.replace("-", "") + "/kelola?t=");
	}

	@Test
	void recoveryOfAnUnknownNumberLooksTheSameAndNeverSucceeds() {
		var browser = new Browser(port);
		browser.get("/booking/lupa");
		var number = TestOffices.applicationNumber();

		var step = browser.post("/booking/lupa", Map.of("applicationNumber", number));

		assertThat(step.body()).contains("id=\"verificationCode\"").contains("id=\"recovery-sent\"");
		var tried = browser.post("/booking/lupa", Map.of("applicationNumber", number, "verificationId",
				input(step.body(), "verificationId"), "verificationCode", "123456"));
		assertThat(tried.body()).contains("id=\"verificationCode-error\"").doesNotContain("recovered-code");
	}

	@Test
	void theOwnerRecoversASquattedNumberOnceTheReadyListHasTheirPhone() {
		var number = TestOffices.applicationNumber();
		var squatter = TestPhones.next();
		var code = book(number, squatter).json().path("code").asString();
		var owner = TestPhones.next();
		readyList.upload(office, number + ",," + owner, "supervisor");
		var browser = new Browser(port);
		browser.get("/booking/lupa");

		var step = browser.post("/booking/lupa", Map.of("applicationNumber", number));
		var shown = browser.post("/booking/lupa", Map.of("applicationNumber", number, "verificationId",
				input(step.body(), "verificationId"), "verificationCode",
				CapturedMessages.latestCode(TestPhones.e164(owner))));
		assertThat(shown.body()).contains("id=\"recovered-code\"");
		var manage = browser.post("/booking/cek", Map.of("code", code, "applicationNumber", number));
		// The lookup answers with the booking's link, which carries its own proof (no session).
		var cancelPath = "/booking/" + code.replace("-", "") + "/batal?t="
				+ manage.location().orElseThrow().replaceFirst(".*[?&]t=", "");
		browser.get(cancelPath);
		var cancelStep = browser.post(cancelPath, Map.of());
		var cancelled = browser.post(cancelPath,
				Map.of("verificationId", input(cancelStep.body(), "verificationId"), "verificationCode",
						CapturedMessages.latestCode(TestPhones.e164(owner))));

		assertThat(cancelled.status()).isEqualTo(302);
		assertThat(Races.activeBookings(jdbc, office)).isZero();
		assertThat(book(number, owner).status()).isEqualTo(201);
	}

	@Test
	void aSupervisorCancelsASquattedBookingWithAReasonThatIsAudited() {
		var number = TestOffices.applicationNumber();
		var code = book(number, TestPhones.next()).json().path("code").asString().replace("-", "");
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var supervisor = new Browser(port);
		supervisor.signIn(username, TestStaff.PASSWORD);

		var found = supervisor.get("/staff/audit?applicationNumber=" + number);
		assertThat(found.redirectPath()).isEqualTo("/staff/audit/" + code);
		supervisor.get("/staff/audit/" + code);
		var noReason = supervisor.post("/staff/audit/" + code + "/batal", Map.of("reason", ""));
		assertThat(supervisor.follow(noReason).body()).contains("id=\"owner-cancel-refused\"");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);

		var cancelled = supervisor.post("/staff/audit/" + code + "/batal",
				Map.of("reason", "Pemilik datang dengan KTP, nomor dipakai calo"));

		assertThat(supervisor.follow(cancelled).body()).contains("id=\"owner-cancelled\"")
			.contains("nomor dipakai calo").contains(username);
		assertThat(Races.activeBookings(jdbc, office)).isZero();
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var notSupervisor = new Browser(port);
		notSupervisor.signIn(officer, TestStaff.PASSWORD);
		assertThat(notSupervisor.post("/staff/audit/" + code + "/batal", Map.of("reason", "apa saja")).status())
			.isEqualTo(403);
	}

	@Test
	void supervisorsAreWarnedWhileTheReadyListCheckIsOff() {
		var supervisor = new Browser(port);
		supervisor.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		assertThat(supervisor.get("/staff/kuota").body()).contains("id=\"ready-list-off\"");
		jdbc.sql("update office set ready_list_required = true where code = :c").param("c", office).update();
		offices.evict(office);
		assertThat(supervisor.get("/staff/kuota?office=" + office).body()).doesNotContain("id=\"ready-list-off\"");
	}

	static String input(String html, String name) {
		var m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
		if (!m.find()) {
			throw new AssertionError("No input " + name);
		}
		return m.group(1);
	}

}
