package id.kanim.drivethru.planning.web;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/** The supervisor's quota page over real HTTP, with the real security configuration. */
@IntegrationTest
class QuotaPageTest extends OfficeTestBase {

	QuotaPageTest() {
		super(20, 5);
	}

	void signInAs(String officeCode, StaffRole... roles) {
		var username = TestStaff.create(accounts, jdbc, officeCode, roles);
		assertThat(browser.signIn(username, TestStaff.PASSWORD).status()).isEqualTo(302);
	}

	int quota(String officeCode, LocalDate date) {
		return api.get("/api/v1/offices/" + officeCode + "/availability?from=" + date + "&to=" + date).json().get(0)
			.path("quota").asInt();
	}

	@Test
	void aSupervisorChangesADaysQuotaAndApplicantsSeeIt() {
		signInAs(office, StaffRole.SUPERVISOR);
		assertThat(browser.get("/staff/kuota").status()).isEqualTo(200);

		var answer = browser.post("/staff/kuota/hari",
				Map.of("from", tomorrow.toString(), "action", "QUOTA", "quota", "45"));

		assertThat(answer.status()).isEqualTo(302);
		var page = browser.follow(answer);
		assertThat(page.body()).contains("id=\"planning-done\"").contains("Kuota tersimpan");
		assertThat(quota(office, tomorrow)).isEqualTo(45);
		assertThat(page.body()).contains("id=\"change-log\"").contains("45");
	}

	@Test
	void aRefusedChangeSaysWhichDatesHoldHowManyBookings() {
		for (int i = 0; i < 4; i++) {
			api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"));
		}
		signInAs(office, StaffRole.SUPERVISOR);
		browser.get("/staff/kuota");

		var page = browser.post("/staff/kuota/hari", Map.of("from", tomorrow.toString(), "action", "QUOTA", "quota", "3"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"planning-refused\"").contains("sudah ada 4 booking");
		assertThat(quota(office, tomorrow)).isEqualTo(20);
	}

	@Test
	void closingADayWithBookingsNeedsTheExplicitChoice() {
		api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"));
		signInAs(office, StaffRole.SUPERVISOR);
		browser.get("/staff/kuota");

		var refused = browser.post("/staff/kuota/hari",
				Map.of("from", tomorrow.toString(), "action", "CLOSE", "reason", "Pemeliharaan gedung"));
		assertThat(refused.body()).contains("id=\"planning-refused\"");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);

		var closed = browser.post("/staff/kuota/hari", Map.of("from", tomorrow.toString(), "action", "CLOSE",
				"reason", "Pemeliharaan gedung", "cancelBookings", "true"));
		assertThat(browser.follow(closed).body()).contains("1 booking dibatalkan");
		assertThat(Races.activeBookings(jdbc, office)).isZero();
		var day = api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow).json().get(0);
		assertThat(day.path("status").asString()).isEqualTo("CLOSED");
		assertThat(day.path("closedReason").asString()).isEqualTo("Pemeliharaan gedung");
	}

	@Test
	void showsFieldErrorsAndChangesNothingForBadInput() {
		signInAs(office, StaffRole.SUPERVISOR);
		browser.get("/staff/kuota");

		var page = browser.post("/staff/kuota/hari", Map.of("from", "kemarin", "action", "QUOTA", "quota", "-5"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"error-summary\"").contains("href=\"#from\"");
		var closing = browser.post("/staff/kuota/hari", Map.of("from", tomorrow.toString(), "action", "CLOSE"));
		assertThat(closing.body()).contains("Tulis alasan tutup");
		assertThat(quota(office, tomorrow)).isEqualTo(20);
	}

	@Test
	void changesTheOfficeDefaults() {
		signInAs(office, StaffRole.SUPERVISOR);
		browser.get("/staff/kuota");

		var answer = browser.post("/staff/kuota/standar", Map.ofEntries(Map.entry("name", "Kanim Uji Baru"),
				Map.entry("address", "Jl. Baru 1"), Map.entry("opensAt", "08:00"), Map.entry("closesAt", "12:00"),
				Map.entry("slotMinutes", "60"), Map.entry("defaultQuota", "40"), Map.entry("defaultSlotCapacity", "10"),
				Map.entry("openWeekdays", java.util.List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
						"SATURDAY", "SUNDAY")),
				Map.entry("bookingHorizonDays", "10")));

		assertThat(answer.status()).isEqualTo(302);
		var days = api.get("/api/v1/offices/" + office + "/availability").json();
		assertThat(days.size()).isEqualTo(10);
		assertThat(days.get(0).path("quota").asInt()).isEqualTo(40);
		assertThat(days.get(0).path("slots").size()).isEqualTo(4);
		assertThat(api.get("/kantor/" + office).body()).contains("Kanim Uji Baru").contains("08.00");
	}

	@Test
	void uploadsTheReadyListAndReportsBadLines() {
		signInAs(office, StaffRole.SUPERVISOR);
		browser.get("/staff/kuota");

		var bad = browser.follow(browser.postFile("/staff/kuota/paspor-siap", "file", "siap.csv",
				"ABC123456\nnope\n", Map.of()));
		assertThat(bad.body()).contains("id=\"ready-problems\"").contains("Baris 2");

		var good = browser.follow(browser.postFile("/staff/kuota/paspor-siap", "file", "siap.csv",
				"ABC123456,2026-11-20\nDEF123456\n", Map.of()));
		assertThat(good.body()).contains("id=\"ready-uploaded\"").contains("Ada 2 nomor");
	}

	@Test
	void anOfficerMayNotChangeQuotas() {
		signInAs(office, StaffRole.OFFICER);

		assertThat(browser.get("/staff/kuota").status()).isEqualTo(403);
		browser.get("/staff/loket");
		var answer = browser.post("/staff/kuota/hari", Map.of("from", tomorrow.toString(), "action", "QUOTA", "quota", "1"));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(quota(office, tomorrow)).isEqualTo(20);
	}

	@Test
	void aSupervisorOfAnotherOfficeCannotReachThisOneWhateverTheySend() {
		var other = TestOffices.create(jdbc, 20, 5);
		signInAs(other, StaffRole.SUPERVISOR);

		var page = browser.get("/staff/kuota?office=" + office);
		assertThat(page.body()).contains("Kantor Uji " + other).doesNotContain("Kantor Uji " + office);
		browser.post("/staff/kuota/hari",
				Map.of("office", office, "from", tomorrow.toString(), "action", "QUOTA", "quota", "2"));
		browser.get("/staff/kuota");
		browser.postFile("/staff/kuota/paspor-siap", "file", "siap.csv", "ABC123456\n", Map.of("office", office));

		assertThat(quota(office, tomorrow)).as("the other office is untouched").isEqualTo(20);
		assertThat(quota(other, tomorrow)).as("the change landed on the supervisor's own office").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from passport_ready r join office o on o.id = r.office_id where o.code = :c")
			.param("c", office).query(Long.class).single()).isZero();
	}

	@Test
	void anAdministratorMayWorkOnAnyOffice() {
		var home = TestOffices.create(jdbc, 20, 5);
		signInAs(home, StaffRole.ADMIN, StaffRole.SUPERVISOR);

		assertThat(browser.get("/staff/kuota?office=" + office).body()).contains("Kantor Uji " + office);
		var answer = browser.post("/staff/kuota/hari",
				Map.of("office", office, "from", tomorrow.toString(), "action", "QUOTA", "quota", "33"));

		assertThat(answer.redirectPath()).isEqualTo("/staff/kuota?office=" + office);
		assertThat(quota(office, tomorrow)).isEqualTo(33);
	}

}
