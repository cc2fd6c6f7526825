package id.kanim.drivethru.verification;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestPhones;
import id.kanim.drivethru.support.TestStaff;
import id.kanim.drivethru.support.VerifiedIntegrationTest;


import static org.assertj.core.api.Assertions.assertThat;

/** An administrator issues an integrator key (shown once), it books for its office, and revoking ends it. */
@VerifiedIntegrationTest
class ApiKeyPageTest extends AppTestBase {

	@Test
	void anAdministratorIssuesAKeyShownOnceAndRevokesIt() {
		var office = TestOffices.create(jdbc, 20, 5);
		var admin = adminOnTheKeysPage(office);

		var issued = admin.follow(admin.post("/staff/admin/kunci-api",
				Map.of("name", "Aplikasi Uji " + office, "office", List.of(office))));

		var matcher = Pattern.compile("id=\"issued-key\">(dtp_[0-9a-f_]+)<").matcher(issued.body());
		assertThat(matcher.find()).as(issued.body()).isTrue();
		var key = matcher.group(1);
		assertThat(admin.get("/staff/admin/kunci-api").body()).doesNotContain(key).contains(key.substring(0, 16));
		var api = new Api(port);
		var body = new java.util.HashMap<>(Api.booking(TestOffices.applicationNumber(), TestOffices.tomorrow(clock),
				"09:00"));
		body.put("phone", TestPhones.next());
		assertThat(api.book(office, body, "X-API-Key", key).status()).isEqualTo(201);

		var id = jdbc.sql("select id from api_key where key_prefix = :p").param("p", key.substring(0, 16))
			.query(Long.class).single();
		admin.get("/staff/admin/kunci-api");
		admin.post("/staff/admin/kunci-api/" + id + "/cabut", Map.of());

		body.put("applicationNumber", TestOffices.applicationNumber());
		assertThat(api.book(office, body, "X-API-Key", key).problemType()).isEqualTo("verification-failed");
	}

	@Test
	void anIncompleteKeyIsRefusedNextToItsFieldsAndNothingIsIssued() {
		var admin = adminOnTheKeysPage(TestOffices.create(jdbc, 20, 5));
		var keys = jdbc.sql("select count(*) from api_key").query(Long.class).single();

		var refused = admin.post("/staff/admin/kunci-api", Map.of("name", " "));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("error-summary", "id=\"name-error\"", "Isi nama integrator.",
				"id=\"office-error\"", "Pilih paling sedikit satu kantor.", "aria-invalid=\"true\"")
			.doesNotContain("id=\"issued-key\"");
		assertThat(jdbc.sql("select count(*) from api_key").query(Long.class).single()).isEqualTo(keys);
	}

	@Test
	void onlyAdministratorsSeeTheKeys() {
		var office = TestOffices.create(jdbc, 20, 5);
		var supervisor = new Browser(port);
		supervisor.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		assertThat(supervisor.get("/staff/admin/kunci-api").status()).isEqualTo(403);
	}

	private Browser adminOnTheKeysPage(String office) {
		var admin = new Browser(port);
		admin.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.ADMIN), TestStaff.PASSWORD);
		admin.get("/staff/admin/kunci-api");
		return admin;
	}

}
