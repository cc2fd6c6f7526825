package id.kanim.drivethru.staff;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, sign-out, roles, CSRF and the security headers, through real HTTP with cookies. */
@IntegrationTest
class StaffSecurityTest extends OfficeTestBase {

	StaffSecurityTest() {
		super(20, 5);
	}

	@Test
	void staffPagesRedirectToTheLoginPageWithoutASession() {
		for (var path : new String[] { "/staff/loket", "/staff/password", "/staff/kuota", "/staff/admin/kantor" }) {
			var page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(302);
			assertThat(page.redirectPath()).as(path).isEqualTo("/login");
		}
	}

	@Test
	void anHtmxPollWithoutASessionIsToldToLoadTheLoginPage() {
		var page = browser.get("/staff/loket/rows", "HX-Request", "true");

		assertThat(page.status()).isEqualTo(401);
		assertThat(page.header("HX-Redirect")).hasValue("/login");
	}

	@Test
	void signingInOpensTheLoketWithANewSessionId() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var other = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.get("/login");
		assertThat(browser.cookie("JSESSIONID")).as("the login page is public: no session yet").isEmpty();
		browser.signIn(other, TestStaff.PASSWORD);
		var before = browser.cookie("JSESSIONID").orElseThrow();
		browser.get("/login"); // signing in renewed the CSRF token

		var answer = browser.post("/login", Map.of("username", username.toUpperCase(), "password", TestStaff.PASSWORD));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.redirectPath()).isEqualTo("/staff/loket");
		assertThat(browser.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(before);
		var loket = browser.follow(answer);
		assertThat(loket.status()).isEqualTo(200);
		assertThat(loket.body()).contains("Loket drive-thru").contains("name=\"_csrf\"");
	}

	@Test
	void theLoginPageAndTheLoketSpeakEnglishOnRequest() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);

		assertThat(browser.get("/login?lang=en").body()).contains("Sign in for staff").contains("Username");
		browser.signIn(username, TestStaff.PASSWORD);
		assertThat(browser.get("/staff/loket").body()).contains("Drive-thru window").contains("Booking code or plate number")
			.contains("Quota left").doesNotContain("??");
	}

	@Test
	void aWrongPasswordLeadsBackToTheLoginPageWithAMessage() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);

		var answer = browser.signIn(username, "salah-sekali-123");

		assertThat(answer.redirectPath()).isEqualTo("/login?error");
		assertThat(browser.follow(answer).body()).contains("Nama pengguna atau kata sandi salah");
		assertThat(browser.get("/staff/loket").status()).isEqualTo(302);
	}

	@Test
	void aDisabledAccountCannotSignIn() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		jdbc.sql("update staff_account set enabled = false where username = :u").param("u", username).update();

		assertThat(browser.signIn(username, TestStaff.PASSWORD).redirectPath()).isEqualTo("/login?error");
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.get("/login");

		var answer = browser.postRaw("/login", Map.of("username", username, "password", TestStaff.PASSWORD));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(browser.get("/staff/loket").status()).isEqualTo(302);
	}

	@Test
	void aLoketStepWithoutCsrfTokenIsRefusedAndChangesNothing() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1 AB");
		browser.signIn(username, TestStaff.PASSWORD);

		var answer = browser.postRaw("/staff/loket/" + code + "/arrive", Map.of("version", 0));
		var forged = browser.postRaw("/staff/loket/" + code + "/arrive", Map.of("version", 0, "_csrf", "forged"));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(forged.status()).isEqualTo(403);
		assertThat(answer.body()).contains("Tidak diizinkan");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("BOOKED");
	}

	@Test
	void anOfficerGetsAFriendly403OnSupervisorAndAdminPages() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.signIn(username, TestStaff.PASSWORD);

		for (var path : new String[] { "/staff/kuota", "/staff/petugas", "/staff/laporan", "/staff/audit/ABCD1234",
				"/staff/admin/kantor" }) {
			var page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(403);
			assertThat(page.body()).as(path).contains("Tidak diizinkan").doesNotContain("Exception");
		}
		assertThat(browser.get("/staff/loket").status()).isEqualTo(200);
	}

	@Test
	void aSupervisorMayOpenSupervisorPagesButNotAdminPages() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		browser.signIn(username, TestStaff.PASSWORD);

		assertThat(browser.get("/staff/loket").status()).as("a supervisor is also an officer").isEqualTo(200);
		assertThat(browser.get("/staff/kuota").status()).isEqualTo(200);
		assertThat(browser.get("/staff/laporan").status()).isEqualTo(200);
		assertThat(browser.get("/staff/admin/kantor").status()).isEqualTo(403);
	}

	@Test
	void anAdministratorMayOpenAdminPages() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.ADMIN);
		browser.signIn(username, TestStaff.PASSWORD);

		assertThat(browser.get("/staff/admin/kantor").status()).isEqualTo(200);
		assertThat(browser.get("/staff/kuota").status()).isEqualTo(403);
	}

	@Test
	void signingOutEndsTheSession() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.signIn(username, TestStaff.PASSWORD);
		browser.get("/staff/loket");

		var answer = browser.post("/logout", Map.of());

		assertThat(answer.redirectPath()).isEqualTo("/login?logout");
		assertThat(browser.get("/staff/loket").status()).isEqualTo(302);
	}

	@Test
	void fiveFailuresRefuseTheUsernameEvenWithTheRightPasswordUntilTheWindowHasPassed() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.signIn(username, "salah-" + i).redirectPath()).isEqualTo("/login?error");
		}

		var refused = browser.signIn(username, TestStaff.PASSWORD);

		assertThat(refused.redirectPath()).isEqualTo("/login?throttled");
		assertThat(browser.follow(refused).body()).contains("Terlalu banyak percobaan");
		assertThat(browser.get("/staff/loket").status()).isEqualTo(302);

		clock.advance(Duration.ofMinutes(14));
		assertThat(browser.signIn(username, TestStaff.PASSWORD).redirectPath()).isEqualTo("/login?throttled");

		clock.advance(Duration.ofMinutes(2));
		assertThat(browser.signIn(username, TestStaff.PASSWORD).redirectPath()).startsWith("/staff/loket");
	}

	@Test
	void simultaneousGuessesNeverGetMoreThanFivePasswordsChecked() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var guessers = new java.util.ArrayList<Browser>();
		for (int i = 0; i < 12; i++) {
			guessers.add(new Browser(port));
			guessers.get(i).get("/login");
		}

		var outcomes = Races.together(12, i -> guessers.get(i)
			.post("/login", Map.of("username", username, "password", "tebakan-" + i)).redirectPath());

		// However the attempts interleave, at most five ever get as far as checking a password; the others
		// are refused before it and leave no trace, so the database holds exactly the real failures.
		var checked = outcomes.stream().filter("/login?error"::equals).count();
		assertThat(checked).as("passwords actually checked").isLessThanOrEqualTo(5);
		assertThat(outcomes.stream().filter("/login?throttled"::equals).count()).isEqualTo(12 - checked);
		assertThat(jdbc.sql("select count(*) from login_failure where username_key = :u").param("u", username)
			.query(Long.class).single()).isEqualTo(checked);
	}

	@Test
	void anUnknownUsernameIsThrottledWithTheSameAnswer() {
		var unknown = "tidak-ada-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			assertThat(browser.signIn(unknown, "salah-" + i).redirectPath()).isEqualTo("/login?error");
		}

		assertThat(browser.signIn(unknown, "apa-saja").redirectPath()).isEqualTo("/login?throttled");
	}

	@Test
	void pagesCarryTheSecurityHeadersAndTheSessionCookieIsLockedDown() {
		var page = browser.get("/login");

		var csp = page.header("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
		assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.header("X-Frame-Options")).hasValue("DENY");
		var csrf = page.setCookies().stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
		assertThat(csrf).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
		assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
		var signedIn = browser.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER), TestStaff.PASSWORD);
		var cookie = signedIn.setCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
	}

	@Test
	void staffChangeTheirOwnPasswordOnlyWithTheCurrentOneAndAnAcceptableNewOne() {
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		browser.signIn(username, TestStaff.PASSWORD);
		browser.get("/staff/password");

		var wrongCurrent = browser.post("/staff/password",
				Map.of("currentPassword", "salah", "newPassword", "baru-sekali-123", "confirmPassword", "baru-sekali-123"));
		var tooShort = browser.post("/staff/password",
				Map.of("currentPassword", TestStaff.PASSWORD, "newPassword", "pendek", "confirmPassword", "pendek"));
		var sameAsUsername = browser.post("/staff/password",
				Map.of("currentPassword", TestStaff.PASSWORD, "newPassword", username.toUpperCase(),
						"confirmPassword", username.toUpperCase()));
		var mismatch = browser.post("/staff/password",
				Map.of("currentPassword", TestStaff.PASSWORD, "newPassword", "baru-sekali-123", "confirmPassword", "lain-sekali-123"));

		assertThat(wrongCurrent.body()).contains("Kata sandi sekarang salah").doesNotContain("baru-sekali-123");
		assertThat(tooShort.body()).contains("paling sedikit 12 karakter");
		assertThat(sameAsUsername.body()).contains("tidak boleh sama dengan nama pengguna");
		assertThat(mismatch.body()).contains("tidak sama");

		var changed = browser.post("/staff/password",
				Map.of("currentPassword", TestStaff.PASSWORD, "newPassword", "baru-sekali-123", "confirmPassword", "baru-sekali-123"));
		assertThat(changed.redirectPath()).isEqualTo("/staff/password");
		assertThat(browser.follow(changed).body()).contains("Kata sandi sudah diganti");

		var fresh = new Browser(port);
		assertThat(fresh.signIn(username, TestStaff.PASSWORD).redirectPath()).isEqualTo("/login?error");
		assertThat(fresh.signIn(username, "baru-sekali-123").redirectPath()).isEqualTo("/staff/loket");
	}

}
