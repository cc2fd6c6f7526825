package id.kanim.drivethru.administration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators add an office and its first supervisor at /staff/admin/kantor, through real HTTP: the new
 * office's booking page works at once, its supervisor signs in, replaces the one-time password and sees
 * their own office; a failure in either half leaves nothing behind; nobody else may use these pages.
 */
@IntegrationTest
class OfficeAdminTest extends OfficeTestBase {

	OfficeAdminTest() {
		super(20, 5);
	}

	String admin;

	@BeforeEach
	void signInAsAdministrator() {
		admin = signIn(StaffRole.ADMIN);
	}

	@Test
	void anAdministratorAddsAnOfficeWhoseSupervisorSignsInAndSeesIt() {
		var code = uniqueCode();
		var supervisor = "kepala" + System.nanoTime();
		browser.get("/staff/admin/kantor");

		var answer = browser.post("/staff/admin/kantor", form(code, supervisor, Map.of("timeZone", "Asia/Jayapura")));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.redirectPath()).isEqualTo("/staff/admin/kantor");
		var shown = browser.follow(answer);
		assertThat(shown.body()).contains("Kantor Imigrasi Uji " + code).contains("sudah ditambahkan")
			.as("the office's name already says Kantor").doesNotContain("Kantor Kantor");
		var password = TestStaff.oneTimePassword(shown);
		assertThat(browser.get("/staff/admin/kantor").body()).as("shown once only").doesNotContain(password)
			.contains(code);
		assertThat(jdbc.sql("select time_zone || ' ' || default_quota || ' ' || open_weekdays || ' ' || slot_minutes from office where code = :c")
			.param("c", code).query(String.class).single()).isEqualTo("Asia/Jayapura 40 1,2,3,4,5,6 20");

		var publicPage = new Browser(port).get("/kantor/" + code);
		assertThat(publicPage.status()).isEqualTo(200);
		assertThat(publicPage.body()).contains("Kantor Imigrasi Uji " + code).contains("WIT");

		var boss = new Browser(port);
		assertThat(boss.signIn(supervisor, password).redirectPath()).isEqualTo("/staff/loket");
		assertThat(boss.get("/staff/loket").redirectPath()).isEqualTo("/staff/password");
		boss.get("/staff/password");
		boss.post("/staff/password",
				Map.of("currentPassword", password, "newPassword", "kepala-kantor-baru", "confirmPassword", "kepala-kantor-baru"));
		var loket = boss.get("/staff/loket");
		assertThat(loket.status()).isEqualTo(200);
		assertThat(loket.body()).contains("Kantor Imigrasi Uji " + code);
		var staffPage = boss.get("/staff/petugas");
		assertThat(staffPage.status()).isEqualTo(200);
		assertThat(staffPage.body()).contains("Petugas Kantor Imigrasi Uji " + code).contains(supervisor)
			.doesNotContain("id=\"account-" + accountId(admin) + "\"");
		assertThat(boss.get("/staff/admin/kantor").status()).isEqualTo(403);
		assertThat(jdbc.sql("select change || ' by ' || changed_by from staff_change where username = :u order by id")
			.param("u", supervisor).query(String.class).list())
			.containsExactly("CREATED by " + admin, "PASSWORD_CHOSEN by " + supervisor);
	}

	@Test
	void anAdministratorManagesTheStaffOfAnyOffice() {
		var code = uniqueCode();
		var supervisor = "kepala" + System.nanoTime();
		browser.get("/staff/admin/kantor");
		browser.post("/staff/admin/kantor", form(code, supervisor, Map.of()));
		long id = jdbc.sql("select id from staff_account where username = :u").param("u", supervisor)
			.query(Long.class).single();

		var page = browser.get("/staff/petugas?office=" + code);
		var reset = browser.follow(browser.post("/staff/petugas/" + id + "/reset-password", Map.of()));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(supervisor);
		assertThat(reset.body()).contains("Kata sandi lama tidak berlaku lagi");
		assertThat(new Browser(port).signIn(supervisor, TestStaff.oneTimePassword(reset)).redirectPath()).isEqualTo("/staff/loket");
	}

	@Test
	void aTakenSupervisorUsernameLeavesNoOfficeBehind() {
		var code = uniqueCode();
		var taken = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.get("/staff/admin/kantor");

		var answer = browser.post("/staff/admin/kantor", form(code, taken.toUpperCase(), Map.of()));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("error-summary").contains("id=\"supervisorUsername-error\"")
			.contains("sudah dipakai");
		assertThat(officeCount(code)).isZero();
		assertThat(new Browser(port).get("/kantor/" + code).status()).isEqualTo(404);
	}

	@Test
	void aTakenCodeIsRefusedBesideTheField() {
		var supervisor = "kepala" + System.nanoTime();
		browser.get("/staff/admin/kantor");

		var answer = browser.post("/staff/admin/kantor", form(office, supervisor, Map.of()));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"code-error\"").contains("sudah dipakai kantor lain");
		assertThat(jdbc.sql("select count(*) from staff_account where username = :u").param("u", supervisor)
			.query(Long.class).single()).isZero();
	}

	@Test
	void badInputIsShownBesideEachFieldAndNothingIsCreated() {
		var code = "Kode Salah!";
		browser.get("/staff/admin/kantor");

		var answer = browser.post("/staff/admin/kantor", form(code, "x", Map.of("timeZone", "Europe/London",
				"opensAt", "16:00", "closesAt", "15:00", "slotMinutes", "abc", "bookingHorizonDays", "365",
				"openWeekdays", List.of(), "name", "")));
		var hours = browser.post("/staff/admin/kantor", form(uniqueCode(), "kepala" + System.nanoTime(),
				Map.of("opensAt", "16:00", "closesAt", "15:00")));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("error-summary")
			.contains("id=\"code-error\"").contains("Kode kantor paling banyak 40 karakter")
			.contains("id=\"name-error\"").contains("Isi nama kantor")
			.contains("id=\"timeZone-error\"").contains("Pilih zona waktu kantor")
			.contains("id=\"slotMinutes-error\"").contains("Panjang slot harus angka")
			.contains("id=\"bookingHorizonDays-error\"").contains("antara 1 dan 90")
			.contains("id=\"openWeekdays-error\"").contains("paling sedikit satu hari buka")
			.contains("id=\"supervisorUsername-error\"")
			.doesNotContain("Exception").doesNotContain("NumberFormat");
		assertThat(hours.status()).isEqualTo(200);
		assertThat(hours.body()).contains("id=\"closesAt-error\"").contains("Jam tutup harus setelah jam buka");
		assertThat(officeCount(code)).isZero();
	}

	@Test
	void onlyAdministratorsMayUseTheOfficePages() {
		var code = uniqueCode();
		for (var role : new StaffRole[] { StaffRole.SUPERVISOR, StaffRole.OFFICER }) {
			var other = new Browser(port);
			other.signIn(TestStaff.create(accounts, jdbc, office, role), TestStaff.PASSWORD);
			other.get("/staff/loket");

			assertThat(other.get("/staff/admin/kantor").status()).as(role.name()).isEqualTo(403);
			assertThat(other.post("/staff/admin/kantor", form(code, "kepala" + System.nanoTime(), Map.of())).status())
				.as(role.name()).isEqualTo(403);
		}
		assertThat(officeCount(code)).isZero();
	}

	@Test
	void addingAnOfficeWithoutCsrfTokenIsRefused() {
		var code = uniqueCode();
		var fields = new HashMap<String, Object>(form(code, "kepala" + System.nanoTime(), Map.of()));

		assertThat(browser.postRaw("/staff/admin/kantor", fields).status()).isEqualTo(403);
		assertThat(officeCount(code)).isZero();
	}

	@Test
	void thePageSpeaksEnglishOnRequest() {
		var body = browser.get("/staff/admin/kantor?lang=en").body();

		assertThat(body).contains("Add an office").contains("First supervisor").contains("WIT – Asia/Jayapura")
			.doesNotContain("??")
			.as("nothing the Content-Security-Policy would block").doesNotContain("style=\"").doesNotContain("<script>");
	}

	private static Map<String, Object> form(String code, String supervisor, Map<String, Object> overrides) {
		var fields = new HashMap<String, Object>();
		fields.put("code", code);
		fields.put("name", "Kantor Imigrasi Uji " + code);
		fields.put("address", "Jl. Uji No. 2, Kota Uji");
		fields.put("timeZone", "Asia/Jakarta");
		fields.put("opensAt", "08:00");
		fields.put("closesAt", "14:00");
		fields.put("slotMinutes", "20");
		fields.put("defaultQuota", "40");
		fields.put("defaultSlotCapacity", "4");
		fields.put("openWeekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"));
		fields.put("_openWeekdays", "on");
		fields.put("bookingHorizonDays", "21");
		fields.put("proxiesAllowed", "true");
		fields.put("supervisorUsername", supervisor);
		fields.put("supervisorName", "Kepala Seksi Uji");
		fields.putAll(overrides);
		return fields;
	}

	private long accountId(String username) {
		return jdbc.sql("select id from staff_account where username = :u").param("u", username).query(Long.class).single();
	}

	private long officeCount(String code) {
		return jdbc.sql("select count(*) from office where code = :c").param("c", code).query(Long.class).single();
	}

	private static String uniqueCode() {
		return "baru-" + Long.toString(System.nanoTime(), 36);
	}


}
