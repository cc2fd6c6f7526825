package id.kanim.drivethru.infrastructure.security;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sessions are rows in PostgreSQL: signing in writes one, signing out or a role change deletes it, and a
 * session another version wrote in a shape this one cannot read means signing in again, never an error page.
 */
@IntegrationTest
class StaffSessionStoreTest extends AppTestBase {

	@Test
	void aSessionIsARowThatSigningInWritesAndARoleChangeDeletes() {
		var office = TestOffices.create(jdbc, 20, 3);
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var browser = new Browser(port);
		browser.signIn(username, TestStaff.PASSWORD);
		assertThat(browser.get("/staff/kuota").status()).isEqualTo(200);
		assertThat(sessionsOf(username)).isEqualTo(1);

		// Made an officer (as the staff page does): the supervisor's session ends at the next request.
		jdbc.sql("update staff_account set roles = 'OFFICER' where username = :u").param("u", username).update();
		assertThat(browser.get("/staff/kuota").redirectPath()).isEqualTo("/login");
		assertThat(sessionsOf(username)).isZero();
		browser.signIn(username, TestStaff.PASSWORD);
		assertThat(browser.get("/staff/loket").status()).isEqualTo(200);
		assertThat(browser.get("/staff/kuota").status()).as("now an officer").isEqualTo(403);
	}

	@Test
	void aSessionThisVersionCannotReadMeansSigningInAgainNotAnError() {
		var office = TestOffices.create(jdbc, 20, 3);
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var browser = new Browser(port);
		browser.signIn(username, TestStaff.PASSWORD);
		assertThat(browser.get("/staff/kuota").status()).isEqualTo(200);

		// What an incompatible older version's signed-in user looks like to this one: bytes it cannot read.
		int damaged = jdbc.sql("""
				update spring_session_attributes set attribute_bytes = decode('aced0005737200ff', 'hex')
				where session_primary_id = (select primary_id from spring_session where principal_name = :u)""")
			.param("u", username).update();
		assertThat(damaged).isPositive();

		var page = browser.get("/staff/kuota");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.redirectPath()).isEqualTo("/login");
		browser.signIn(username, TestStaff.PASSWORD);
		assertThat(browser.get("/staff/kuota").status()).isEqualTo(200);
	}

	private long sessionsOf(String username) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
			.query(Long.class).single();
	}

}
