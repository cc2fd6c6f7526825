package id.kanim.drivethru.notification.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/** Supervisors see their own office's given-up messages, with the address masked; officers get 403. */
@IntegrationTest
class UndeliveredMessagesPageTest extends AppTestBase {

	String office;

	String other;

	@BeforeEach
	void setUp() {
		office = TestOffices.create(jdbc, 5, 5);
		other = TestOffices.create(jdbc, 5, 5);
		failed(office, "KODE-AAAA", "+6281234567890", "WhatsApp answered 400 (error 131026)");
		failed(other, "KODE-BBBB", "budi@example.id", "SMTP failed: ConnectException");
	}

	@Test
	void aSupervisorSeesTheirOfficesUndeliveredMessages() {
		var browser = new Browser(port);
		browser.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		var page = browser.get("/staff/pesan");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Pesan yang tidak terkirim", "KODE-AAAA", "+6281•••890",
				"WhatsApp answered 400 (error 131026)", "Konfirmasi", "Telepon")
			.doesNotContain("KODE-BBBB", "+6281234567890");
		assertThat(browser.get("/staff/pesan?office=" + other).body()).as("a supervisor cannot pick another office")
			.contains("KODE-AAAA")
			.doesNotContain("KODE-BBBB");
	}

	@Test
	void anOfficerGets403AndAStrangerTheSignInPage() {
		var browser = new Browser(port);
		assertThat(browser.get("/staff/pesan").status()).isEqualTo(302);
		browser.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER), TestStaff.PASSWORD);
		assertThat(browser.get("/staff/pesan").status()).isEqualTo(403);
	}

	private void failed(String officeCode, String reference, String recipient, String error) {
		jdbc.sql("""
				insert into outbox_message (office_id, reference, topic, channel, recipient, body, language, status,
				    attempts, next_attempt_at, last_error, created_at, failed_at)
				select id, :reference, 'CONFIRMED', :channel, :recipient, 'teks', 'id', 'FAILED', 8, now(), :error,
				    now(), now()
				from office where code = :office""")
			.param("reference", reference)
			.param("channel", recipient.contains("@") ? "EMAIL" : "PHONE")
			.param("recipient", recipient)
			.param("error", error)
			.param("office", officeCode)
			.update();
	}

}
