package id.kanim.drivethru.planning.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quota page as one small form per job and a calendar whose days open their own page: each form shows
 * only its own fields, built from the field fragment with its label, hint and error tied by aria attributes.
 */
@IntegrationTest
class QuotaJobsTest extends OfficeTestBase {

	QuotaJobsTest() {
		super(20, 5);
	}

	private static final Pattern INPUT_NAMES = Pattern.compile("<(?:input|select)[^>]*\\sname=\"([^\"]+)\"");

	@BeforeEach
	void signInAsSupervisor() {
		signIn(StaffRole.SUPERVISOR);
	}

	@Test
	void eachJobHasAFormWithOnlyItsOwnFields() {
		var main = browser.get("/staff/kuota").body();
		assertThat(main).contains("href=\"/staff/kuota/ubah/kuota?", "href=\"/staff/kuota/ubah/kapasitas?",
				"href=\"/staff/kuota/ubah/tutup?", "href=\"/staff/kuota/ubah/buka?", "href=\"/staff/kuota/pengaturan?",
				"href=\"/staff/kuota/paspor-siap?");
		assertThat(main).doesNotContain("name=\"quota\"", "name=\"reason\"", "name=\"defaultQuota\"");

		assertThat(fields("/staff/kuota/ubah/kuota")).containsExactlyInAnyOrder("_csrf", "action", "from", "to", "quota");
		assertThat(fields("/staff/kuota/ubah/kuota-motor")).containsExactlyInAnyOrder("_csrf", "action", "from", "to",
				"quota");
		assertThat(fields("/staff/kuota/ubah/kapasitas")).containsExactlyInAnyOrder("_csrf", "action", "from", "to",
				"slotStart", "capacity");
		assertThat(fields("/staff/kuota/ubah/tutup")).containsExactlyInAnyOrder("_csrf", "action", "from", "to",
				"reason", "cancelBookings", "_cancelBookings");
		assertThat(fields("/staff/kuota/ubah/buka")).containsExactlyInAnyOrder("_csrf", "action", "from", "to");
		assertThat(fields("/staff/kuota/pengaturan")).contains("defaultQuota", "opensAt", "openWeekdays")
			.doesNotContain("quota", "reason");
		assertThat(browser.get("/staff/kuota/ubah/lain").status()).isEqualTo(404);
	}

	@Test
	void aMissingValueIsAnErrorNextToItsFieldTiedByAria() {
		browser.get("/staff/kuota/ubah/kuota");

		var page = browser.post("/staff/kuota/hari", Map.of("from", tomorrow.toString(), "action", "QUOTA"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"quota-error\"", "aria-describedby=\"quota-error\"",
				"aria-invalid=\"true\"", "href=\"#quota\"", "Isi kuota baru.");
		// Only this job's form is shown again.
		assertThat(page.body()).doesNotContain("name=\"reason\"");
	}

	@Test
	void aCalendarDayOpensItsOwnPageWhoseFormsChangeThatDayOnly() {
		var main = browser.get("/staff/kuota").body();
		assertThat(main).contains("href=\"/staff/kuota/hari/" + tomorrow + "?");

		var day = browser.get("/staff/kuota/hari/" + tomorrow);
		assertThat(day.status()).isEqualTo(200);
		assertThat(day.body()).contains("id=\"day-quota-form\"", "id=\"day-capacity-form\"", "id=\"day-close-form\"",
				"id=\"day-slots\"");

		var saved = browser.post("/staff/kuota/hari",
				Map.of("from", tomorrow.toString(), "action", "QUOTA", "quota", "33", "fromDayPage", "true"));
		assertThat(saved.redirectPath()).isEqualTo("/staff/kuota/hari/" + tomorrow);
		var after = browser.follow(saved).body();
		assertThat(after).contains("id=\"planning-done\"");
		assertThat(after.substring(after.indexOf("id=\"day-summary\""))).contains(">33<");
		assertThat(quotaOn(tomorrow.plusDays(1))).isEqualTo(20);

		var closed = browser.post("/staff/kuota/hari", Map.of("from", tomorrow.toString(), "action", "CLOSE",
				"reason", "Perbaikan loket", "fromDayPage", "true"));
		var closedPage = browser.follow(closed).body();
		assertThat(closedPage).contains("Perbaikan loket", "id=\"day-reopen-form\"").doesNotContain("id=\"day-close-form\"");
	}

	@Test
	void anErrorOnTheDayPageStaysOnTheDayPage() {
		browser.get("/staff/kuota/hari/" + tomorrow);

		var page = browser.post("/staff/kuota/hari",
				Map.of("from", tomorrow.toString(), "action", "SLOT_CAPACITY", "capacity", "-1", "fromDayPage", "true"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"day-capacity-form\"", "id=\"capacity-error\"");
	}

	@Test
	void theEnglishPagesHaveTheirOwnTexts() {
		browser.get("/staff/kuota?lang=en");
		assertThat(browser.get("/staff/kuota/ubah/tutup").body()).contains("Close the service");
		assertThat(browser.get("/staff/kuota/hari/" + tomorrow).body()).contains("Back to the calendar");
	}

	private java.util.List<String> fields(String path) {
		var form = browser.get(path).body();
		form = form.substring(form.indexOf("<form", form.indexOf("<main")));
		var names = new java.util.ArrayList<String>();
		var forms = form.split("</form>");
		// The page's job form is the one that posts to /staff/kuota/hari or /standar (the sign-out form is not).
		for (var f : forms) {
			if (f.contains("/staff/kuota/hari\"") || f.contains("/staff/kuota/standar\"")) {
				var m = INPUT_NAMES.matcher(f);
				while (m.find()) {
					if (!names.contains(m.group(1))) {
						names.add(m.group(1));
					}
				}
			}
		}
		return names;
	}

	private int quotaOn(LocalDate date) {
		return new Api(port).get("/api/v1/offices/" + office + "/availability?from=" + date + "&to=" + date).json()
			.get(0).path("quota").asInt();
	}

}
