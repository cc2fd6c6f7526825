package id.kanim.drivethru.infrastructure.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffAccounts;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.HtmlChecker;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the staff pages are built from the shared field, table and step fragments and the layout's head
 * slot; each page, with its forms refused where it has them, passes the W3C Nu HTML Checker, and every field
 * with an error is marked invalid and described by its message.
 */
@IntegrationTest
class StaffPagesHtmlTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Clock clock;

	@Test
	void everyStaffPagePassesTheNuHtmlChecker() {
		var office = TestOffices.create(jdbc, 20, 3);
		var admin = new Browser(port);
		assertThat(admin.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.ADMIN, StaffRole.SUPERVISOR),
				TestStaff.PASSWORD).status()).isEqualTo(302);
		var booked = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 17 FR");
		var pages = new LinkedHashMap<String, String>();
		pages.put("a booking at the loket", page(admin.get("/staff/loket/" + booked)));
		for (var path : new String[] { "/staff/loket?office=" + office, "/staff/kuota?office=" + office,
				"/staff/kuota/pengaturan?office=" + office, "/staff/kuota/ubah/kuota?office=" + office,
				"/staff/kuota/hari/" + TestOffices.tomorrow(clock) + "?office=" + office,
				"/staff/kuota/paspor-siap?office=" + office, "/staff/laporan?office=" + office,
				"/staff/petugas?office=" + office, "/staff/admin/kantor", "/staff/admin/kunci-api", "/staff/pesan",
				"/staff/password" }) {
			pages.put(path, page(admin.get(path)));
		}
		admin.get("/staff/kuota/pengaturan?office=" + office);
		pages.put("refused settings", page(admin.post("/staff/kuota/standar", Map.of("office", office, "name", "",
				"opensAt", "15:00", "closesAt", "09:00", "slotMinutes", "60", "defaultQuota", "abc"))));
		admin.get("/staff/admin/kantor");
		pages.put("refused new office", page(admin.post("/staff/admin/kantor", Map.of("code", "Bad Code!"))));
		admin.get("/staff/petugas?office=" + office);
		pages.put("refused account", page(admin.post("/staff/petugas", Map.of("office", office, "username", "x"))));
		admin.get("/staff/admin/kunci-api");
		pages.put("refused key", page(admin.post("/staff/admin/kunci-api", Map.of("name", ""))));
		admin.get("/staff/password");
		pages.put("refused password", page(admin.post("/staff/password", Map.of("currentPassword", "wrong",
				"newPassword", "short", "confirmPassword", "other"))));

		var errors = new ArrayList<String>();
		pages.forEach((name, html) -> HtmlChecker.errors(html).forEach(e -> errors.add(name + ": " + e)));
		assertThat(errors).isEmpty();
		assertThat(pages.get("refused settings")).contains("id=\"closesAt-error\"", "Jam tutup harus setelah jam buka",
				"id=\"name-error\"", "Isi nama kantor.", "id=\"defaultQuota-error\"", "Isi angka antara 0 dan 10000.",
				"aria-describedby=\"closesAt-error\"", "aria-invalid=\"true\"")
			.doesNotContain("Failed to convert");
		assertThat(pages.get("a booking at the loket")).contains("id=\"step-arrive\"", "accesskey=\"n\"",
				"id=\"step-no-show\"");
		assertThat(pages.get("refused new office")).contains("id=\"openWeekdays\"", "id=\"code-error\"")
			.contains("/css/supervisor");
	}

	private static String page(Browser.Page page) {
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.body();
	}

}
