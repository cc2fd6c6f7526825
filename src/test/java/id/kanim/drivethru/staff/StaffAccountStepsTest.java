package id.kanim.drivethru.staff;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small steps around accounts, through real HTTP without JavaScript: a confirmation page before
 * disabling or changing a role, the sign-in form keeping the username after a wrong password, and where a
 * new account goes once it has chosen its own password.
 */
@IntegrationTest
class StaffAccountStepsTest extends OfficeTestBase {

	StaffAccountStepsTest() {
		super(20, 5);
	}

	String supervisor;

	@BeforeEach
	void signInAsSupervisor() {
		supervisor = signIn(StaffRole.SUPERVISOR);
	}

	@Test
	void disablingAnAccountAsksFirstAndHappensOnlyOnceConfirmed() {
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var list = browser.get("/staff/petugas").body();
		assertThat(list).as("a link to a confirmation page, not a one-click form")
			.contains("href=\"/staff/petugas/" + id(officer) + "/disable\"")
			.doesNotContain("action=\"/staff/petugas/" + id(officer) + "/disable\"");

		var ask = browser.get("/staff/petugas/" + id(officer) + "/disable");
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("Nonaktifkan akun").contains(officer).contains("name=\"confirmed\"")
			.contains("id=\"cancel\"").doesNotContain("id=\"confirm-own\"");
		assertThat(enabled(officer)).as("asking changes nothing").isTrue();

		var unconfirmed = browser.post("/staff/petugas/" + id(officer) + "/disable", Map.of());
		assertThat(unconfirmed.redirectPath()).isEqualTo("/staff/petugas/" + id(officer) + "/disable");
		assertThat(enabled(officer)).as("a POST without the confirmation changes nothing").isTrue();

		var done = browser.follow(browser.post("/staff/petugas/" + id(officer) + "/disable", Map.of("confirmed", "true")));
		assertThat(done.body()).contains("Akun sudah dinonaktifkan");
		assertThat(enabled(officer)).isFalse();
	}

	@Test
	void changingOnesOwnRoleWarnsThatOneIsSignedOut() {
		TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var me = id(supervisor);

		var ask = browser.get("/staff/petugas/" + me + "/role?role=OFFICER");
		assertThat(ask.body()).contains("id=\"confirm-own\"").contains("akun Anda sendiri")
			.contains("name=\"role\" value=\"OFFICER\"").contains("Petugas loket");
		assertThat(browser.get("/staff/petugas/" + me + "/disable").body()).contains("id=\"confirm-own\"");
		var unconfirmed = browser.post("/staff/petugas/" + me + "/role", Map.of("role", "OFFICER"));
		assertThat(unconfirmed.redirectPath()).isEqualTo("/staff/petugas/" + me + "/role?role=OFFICER");
		assertThat(roles(supervisor)).contains("SUPERVISOR");
		assertThat(browser.get("/staff/petugas/" + me + "/role?role=ADMIN").status()).isEqualTo(400);
		assertThat(browser.get("/staff/petugas/" + me + "/role?role=OFFICER&lang=en").body())
			.contains("This is your own account");

		browser.post("/staff/petugas/" + me + "/role", Map.of("role", "OFFICER", "confirmed", "true"));
		assertThat(roles(supervisor)).doesNotContain("SUPERVISOR");
	}

	@Test
	void aConfirmationPageOfAnotherOfficesAccountDoesNotExist() {
		var elsewhere = TestStaff.create(accounts, jdbc, TestOffices.create(jdbc, 20, 5), StaffRole.OFFICER);

		assertThat(browser.get("/staff/petugas/" + id(elsewhere) + "/disable").status()).isEqualTo(404);
		assertThat(browser.get("/staff/petugas/" + id(elsewhere) + "/role?role=SUPERVISOR").status()).isEqualTo(404);
	}

	@Test
	void theSignInFormKeepsTheUsernameAfterAWrongPasswordButNeverThePassword() {
		var officer = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
		var visitor = new Browser(port);

		var answer = visitor.signIn(officer, "salah-sekali-123");

		assertThat(answer.redirectPath()).isEqualTo("/login?error");
		var form = visitor.follow(answer).body();
		assertThat(form).contains("Nama pengguna atau kata sandi salah")
			.containsPattern("id=\"username\"[^>]*value=\"" + officer + "\"")
			.doesNotContain("salah-sekali-123")
			.containsPattern("id=\"password\"[^>]*autofocus");
		assertThat(visitor.get("/login").body()).as("only for the page right after the failure")
			.doesNotContainPattern("id=\"username\"[^>]*value=\"[^\"]");
		assertThat(visitor.signIn(officer, TestStaff.PASSWORD).redirectPath()).isEqualTo("/staff/loket");
	}

	@Test
	void aNewSupervisorGoesToTheirPageOnceTheOneTimePasswordIsReplaced() {
		var username = "kepala" + System.nanoTime();
		browser.get("/staff/petugas");
		var created = browser.follow(browser.post("/staff/petugas",
				Map.of("username", username, "displayName", "Sri Wahyuni", "role", "SUPERVISOR")));
		var password = TestStaff.oneTimePassword(created);
		var newcomer = new Browser(port);
		newcomer.signIn(username, password);
		newcomer.get("/staff/password");

		var changed = newcomer.post("/staff/password",
				Map.of("currentPassword", password, "newPassword", "pilihan-sendiri-2", "confirmPassword", "pilihan-sendiri-2"));

		assertThat(changed.redirectPath()).isEqualTo("/staff/kuota");
		assertThat(newcomer.follow(changed).status()).isEqualTo(200);

		// A later, voluntary change stays on the password page with its notice.
		newcomer.get("/staff/password");
		var again = newcomer.post("/staff/password",
				Map.of("currentPassword", "pilihan-sendiri-2", "newPassword", "pilihan-sendiri-3", "confirmPassword", "pilihan-sendiri-3"));
		assertThat(again.redirectPath()).isEqualTo("/staff/password");
	}

	private long id(String username) {
		return jdbc.sql("select id from staff_account where username = :u").param("u", username.toLowerCase())
			.query(Long.class).single();
	}

	private boolean enabled(String username) {
		return jdbc.sql("select enabled from staff_account where username = :u").param("u", username.toLowerCase())
			.query(Boolean.class).single();
	}

	private String roles(String username) {
		return jdbc.sql("select roles from staff_account where username = :u").param("u", username.toLowerCase())
			.query(String.class).single();
	}

}
