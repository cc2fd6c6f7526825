package id.kanim.drivethru.staff;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervisors manage their office's staff at /staff/petugas, through real HTTP with cookies and CSRF: new
 * accounts with a one-time password, disable and enable, reset, roles, the last-supervisor guard, the
 * audit trail, and no way into another office's accounts.
 */
@IntegrationTest
class StaffManagementTest extends OfficeTestBase {

	StaffManagementTest() {
		super(20, 5);
	}

	/** What the confirmation page sends: without it a disable or role change only leads to that page. */
	static final Map<String, String> CONFIRMED = Map.of("confirmed", "true");

	String supervisor;

	@BeforeEach
	void signInAsSupervisor() {
		supervisor = signIn(StaffRole.SUPERVISOR);
	}

	@Test
	void aNewOfficerMustReplaceTheOneTimePasswordBeforeUsingTheLoket() {
		var username = "baru" + System.nanoTime();
		browser.get("/staff/petugas");

		var created = browser.post("/staff/petugas",
				Map.of("username", username.toUpperCase(), "displayName", "Budi Santoso", "role", "OFFICER"));

		assertThat(created.status()).isEqualTo(302);
		assertThat(created.redirectPath()).isEqualTo("/staff/petugas?office=" + office);
		var shown = browser.follow(created);
		assertThat(shown.body()).contains("Akun sudah dibuat").contains(username).contains("Budi Santoso");
		var password = TestStaff.oneTimePassword(shown);
		assertThat(password).hasSizeGreaterThanOrEqualTo(12);
		assertThat(browser.get("/staff/petugas").body()).as("shown once only").doesNotContain(password);
		assertThat(row(username).get("must_change_password")).isEqualTo(true);

		var officer = new Browser(port);
		assertThat(officer.signIn(username, password).redirectPath()).isEqualTo("/staff/loket");
		for (var path : new String[] { "/staff/loket", "/staff/loket/ABCD1234" }) {
			var page = officer.get(path);
			assertThat(page.status()).as(path).isEqualTo(302);
			assertThat(page.redirectPath()).as(path).isEqualTo("/staff/password");
		}
		var htmxPoll = officer.get("/staff/loket/rows", "HX-Request", "true");
		assertThat(htmxPoll.header("HX-Redirect")).hasValue("/staff/password");
		assertThat(officer.get("/staff/password").body()).contains("kata sandi sekali pakai");

		var same = officer.post("/staff/password",
				Map.of("currentPassword", password, "newPassword", password, "confirmPassword", password));
		assertThat(same.status()).isEqualTo(200);
		assertThat(same.body()).contains("harus berbeda");
		assertThat(officer.get("/staff/loket").status()).isEqualTo(302);

		var changed = officer.post("/staff/password",
				Map.of("currentPassword", password, "newPassword", "pilihan-sendiri-1", "confirmPassword", "pilihan-sendiri-1"));
		assertThat(changed.redirectPath()).as("on to the loket").isEqualTo("/staff/loket");
		var loket = officer.follow(changed);
		assertThat(loket.status()).isEqualTo(200);
		assertThat(loket.body()).contains("Kata sandi sudah diganti").contains("name=\"q\"");
		assertThat(officer.get("/staff/petugas").status()).as("an officer does not manage staff").isEqualTo(403);

		var trail = browser.get("/staff/petugas").body();
		assertThat(trail).contains("Akun dibuat sebagai Petugas loket").contains("Pemilik akun memilih kata sandinya sendiri");
		assertThat(changes(username)).containsExactly("CREATED by " + supervisor, "PASSWORD_CHOSEN by " + username);
	}

	@Test
	void aDisabledAccountCannotSignInAndLosesItsOpenSessionUntilEnabledAgain() {
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var officerBrowser = new Browser(port);
		officerBrowser.signIn(officer, TestStaff.PASSWORD);
		assertThat(officerBrowser.get("/staff/loket").status()).isEqualTo(200);
		browser.get("/staff/petugas");

		var disabled = browser.post("/staff/petugas/" + id(officer) + "/disable", CONFIRMED);

		assertThat(browser.follow(disabled).body()).contains("Akun sudah dinonaktifkan");
		assertThat(row(officer).get("enabled")).isEqualTo(false);
		assertThat(officerBrowser.get("/staff/loket").redirectPath()).as("open session ended").isEqualTo("/login");
		assertThat(officerBrowser.get("/staff/loket").redirectPath()).isEqualTo("/login");
		assertThat(new Browser(port).signIn(officer, TestStaff.PASSWORD).redirectPath()).isEqualTo("/login?error");

		browser.post("/staff/petugas/" + id(officer) + "/enable", Map.of());

		assertThat(row(officer).get("enabled")).isEqualTo(true);
		assertThat(new Browser(port).signIn(officer, TestStaff.PASSWORD).redirectPath()).isEqualTo("/staff/loket");
		assertThat(changes(officer)).containsExactly("DISABLED by " + supervisor, "ENABLED by " + supervisor);
	}

	@Test
	void aResetReplacesThePasswordWithANewOneTimePassword() {
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.get("/staff/petugas");

		var reset = browser.follow(browser.post("/staff/petugas/" + id(officer) + "/reset-password", Map.of()));

		var password = TestStaff.oneTimePassword(reset);
		assertThat(reset.body()).contains("Kata sandi lama tidak berlaku lagi");
		assertThat(new Browser(port).signIn(officer, TestStaff.PASSWORD).redirectPath()).isEqualTo("/login?error");
		var again = new Browser(port);
		assertThat(again.signIn(officer, password).redirectPath()).isEqualTo("/staff/loket");
		assertThat(again.get("/staff/loket").redirectPath()).isEqualTo("/staff/password");
		assertThat(changes(officer)).containsExactly("PASSWORD_RESET by " + supervisor);
	}

	@Test
	void theLastEnabledSupervisorCanNeitherBeDisabledNorDemoted() {
		browser.get("/staff/petugas");
		long me = id(supervisor);

		var disable = browser.follow(browser.post("/staff/petugas/" + me + "/disable", CONFIRMED));
		var demote = browser.follow(browser.post("/staff/petugas/" + me + "/role", Map.of("role", "OFFICER", "confirmed", "true")));

		assertThat(disable.body()).contains("supervisor aktif terakhir");
		assertThat(demote.body()).contains("supervisor aktif terakhir");
		assertThat(row(supervisor).get("enabled")).isEqualTo(true);
		assertThat(row(supervisor).get("roles")).isEqualTo("SUPERVISOR");

		// With a second supervisor, the first may step down; then the second is the last one.
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.post("/staff/petugas/" + id(officer) + "/role", Map.of("role", "SUPERVISOR", "confirmed", "true"));
		assertThat(row(officer).get("roles")).isEqualTo("SUPERVISOR");
		browser.post("/staff/petugas/" + me + "/role", Map.of("role", "OFFICER", "confirmed", "true"));
		assertThat(row(supervisor).get("roles")).isEqualTo("OFFICER");

		var other = new Browser(port);
		other.signIn(officer, TestStaff.PASSWORD);
		other.get("/staff/petugas");
		assertThat(other.follow(other.post("/staff/petugas/" + id(officer) + "/disable", CONFIRMED)).body())
			.contains("supervisor aktif terakhir");
		assertThat(row(officer).get("enabled")).isEqualTo(true);
		assertThat(changes(officer)).containsExactly("ROLE_CHANGED by " + supervisor);
	}

	@Test
	void aRoleChangeEndsTheOpenSessionSoThatTheNewRoleApplies() {
		var second = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var secondBrowser = new Browser(port);
		secondBrowser.signIn(second, TestStaff.PASSWORD);
		assertThat(secondBrowser.get("/staff/petugas").status()).isEqualTo(200);
		browser.get("/staff/petugas");

		assertThat(browser.post("/staff/petugas/" + id(second) + "/role", Map.of("role", "ADMIN", "confirmed", "true")).status())
			.as("no such choice").isEqualTo(400);
		assertThat(row(second).get("roles")).isEqualTo("SUPERVISOR");
		browser.post("/staff/petugas/" + id(second) + "/role", Map.of("role", "OFFICER", "confirmed", "true"));

		assertThat(row(second).get("roles")).isEqualTo("OFFICER");
		assertThat(secondBrowser.get("/staff/petugas").redirectPath()).isEqualTo("/login");
		secondBrowser.signIn(second, TestStaff.PASSWORD);
		assertThat(secondBrowser.get("/staff/petugas").status()).isEqualTo(403);
		assertThat(secondBrowser.get("/staff/loket").status()).isEqualTo(200);
	}

	@Test
	void twoSupervisorsDisablingEachOtherAtOnceLeaveOneEnabled() {
		var second = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var browsers = new Browser[] { browser, new Browser(port) };
		browsers[1].signIn(second, TestStaff.PASSWORD);
		var targets = new long[] { id(second), id(supervisor) };
		for (var b : browsers) {
			b.get("/staff/petugas");
		}

		Races.together(2, i -> browsers[i].post("/staff/petugas/" + targets[i] + "/disable", CONFIRMED).status());

		long enabled = jdbc.sql("select count(*) from staff_account where username in (:a, :b) and enabled")
			.param("a", supervisor).param("b", second).query(Long.class).single();
		assertThat(enabled).isEqualTo(1);
	}

	@Test
	void aSupervisorCannotChangeAnAdministratorsAccount() {
		var admin = TestStaff.create(accounts, jdbc, office, StaffRole.ADMIN, StaffRole.SUPERVISOR);
		browser.get("/staff/petugas");

		var answer = browser.follow(browser.post("/staff/petugas/" + id(admin) + "/disable", CONFIRMED));
		browser.post("/staff/petugas/" + id(admin) + "/reset-password", Map.of());

		assertThat(answer.body()).contains("Hanya administrator");
		assertThat(row(admin).get("enabled")).isEqualTo(true);
		assertThat(row(admin).get("must_change_password")).isEqualTo(false);
		assertThat(changes(admin)).isEmpty();
	}

	@Test
	void theCreateFormShowsErrorsBesideTheFieldsAndInTheSummary() {
		var taken = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.get("/staff/petugas");

		var blank = browser.post("/staff/petugas", Map.of("username", "", "displayName", " ", "role", "ADMIN"));
		var bad = browser.post("/staff/petugas", Map.of("username", "ab cd", "displayName", "X", "role", "OFFICER"));
		var duplicate = browser.post("/staff/petugas", Map.of("username", taken, "displayName", "X", "role", "OFFICER"));

		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("error-summary").contains("id=\"username-error\"").contains("Isi nama pengguna")
			.contains("Isi nama lengkap").contains("Pilih peran");
		assertThat(bad.body()).contains("Nama pengguna harus 3 sampai 60");
		assertThat(duplicate.body()).contains("sudah dipakai");
		assertThat(jdbc.sql("select count(*) from staff_account where office_id = (select id from office where code = :c)")
			.param("c", office).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aSupervisorCannotSeeOrChangeAnotherOfficesStaffWhateverTheySend() {
		var otherOffice = TestOffices.create(jdbc, 20, 5);
		var stranger = TestStaff.create(accounts, jdbc, otherOffice, StaffRole.OFFICER);
		long strangerId = id(stranger);
		var page = browser.get("/staff/petugas");
		assertThat(page.body()).contains(supervisor).doesNotContain(stranger);

		assertThat(browser.get("/staff/petugas?office=" + otherOffice).status()).isEqualTo(404);
		for (var action : new String[] { "disable", "enable", "reset-password", "role" }) {
			var answer = browser.post("/staff/petugas/" + strangerId + "/" + action,
					Map.of("role", "SUPERVISOR", "confirmed", "true"));
			assertThat(answer.status()).as(action).isEqualTo(404);
			assertThat(answer.body()).as(action).doesNotContain(stranger);
		}
		var create = browser.post("/staff/petugas",
				Map.of("office", otherOffice, "username", "masuk" + System.nanoTime(), "displayName", "X", "role", "SUPERVISOR"));
		assertThat(create.status()).isEqualTo(404);

		assertThat(row(stranger)).containsEntry("enabled", true).containsEntry("roles", "OFFICER")
			.containsEntry("must_change_password", false);
		assertThat(changes(stranger)).isEmpty();
		assertThat(jdbc.sql("select count(*) from staff_account where office_id = (select id from office where code = :c)")
			.param("c", otherOffice).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anOfficerIsRefusedEveryStaffManagementPageAndAction() {
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var officerBrowser = new Browser(port);
		officerBrowser.signIn(officer, TestStaff.PASSWORD);
		officerBrowser.get("/staff/loket");

		assertThat(officerBrowser.get("/staff/petugas").status()).isEqualTo(403);
		assertThat(officerBrowser.post("/staff/petugas/" + id(supervisor) + "/disable", CONFIRMED).status()).isEqualTo(403);
		assertThat(officerBrowser.post("/staff/petugas",
				Map.of("username", "diam" + System.nanoTime(), "displayName", "X", "role", "SUPERVISOR")).status())
			.isEqualTo(403);
		assertThat(row(supervisor).get("enabled")).isEqualTo(true);
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefusedAndChangesNothing() {
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);

		var answer = browser.postRaw("/staff/petugas/" + id(officer) + "/disable", CONFIRMED);

		assertThat(answer.status()).isEqualTo(403);
		assertThat(row(officer).get("enabled")).isEqualTo(true);
	}

	@Test
	void thePageSpeaksEnglishOnRequest() {
		var body = browser.get("/staff/petugas?lang=en").body();

		assertThat(body).contains("Staff of").contains("Add a staff member").contains("Window officer").doesNotContain("??")
			.as("nothing the Content-Security-Policy would block").doesNotContain("style=\"").doesNotContain("<script>");
	}


	private long id(String username) {
		return jdbc.sql("select id from staff_account where username = :u").param("u", username.toLowerCase())
			.query(Long.class).single();
	}

	private Map<String, Object> row(String username) {
		return jdbc.sql("select enabled, roles, must_change_password from staff_account where username = :u")
			.param("u", username.toLowerCase()).query().singleRow();
	}

	private java.util.List<String> changes(String username) {
		return jdbc.sql("select change || ' by ' || changed_by from staff_change where username = :u order by id")
			.param("u", username.toLowerCase()).query(String.class).list();
	}

}
