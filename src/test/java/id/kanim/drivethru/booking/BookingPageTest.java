package id.kanim.drivethru.booking;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestForms;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's pages over real HTTP: form, errors, refusals, Post/Redirect/Get and CSRF. */
@IntegrationTest
class BookingPageTest extends OfficeTestBase {

	Map<String, String> filledForm(Browser.Page form, String applicationNumber) {
		return TestForms.booking(form, applicationNumber, tomorrow, "09:00");
	}

	String formPath() {
		return "/kantor/" + office + "/booking";
	}

	@Test
	void booksThroughTheFormAndRedirectsToTheConfirmation() {
		var form = browser.get(formPath() + "?date=" + tomorrow + "&slotStart=09:00");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.csrf()).isNotBlank();

		var posted = browser.post(formPath(), filledForm(form, TestOffices.applicationNumber()));

		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.redirectPath()).matches(".*/booking/[0-9A-Z]{8}\\?t=[0-9]+\\.[A-Za-z0-9_-]{22}");
		var confirmation = browser.get(posted.redirectPath());
		assertThat(confirmation.status()).isEqualTo(200);
		var code = posted.redirectPath().replaceFirst(".*/booking/([0-9A-Z]{8}).*", "$1");
		assertThat(confirmation.body()).contains(code.substring(0, 4) + "-" + code.substring(4))
			.contains("<svg", "class=\"qr\"")
			.contains("BH 1 AB")
			.contains("30 hari")
			.contains("KTP asli");
	}

	/**
	 * No session: the link itself proves the booking, so it opens in another browser and days later, until
	 * the booking's day. Without it, with a forged one or after the day, a clear page points to the lookup.
	 */
	@Test
	void theConfirmationLinkCarriesItsOwnProofUntilTheBookingsDay() {
		var form = browser.get(formPath());
		var posted = browser.post(formPath(), filledForm(form, TestOffices.applicationNumber()));
		var path = posted.redirectPath();
		var bare = path.substring(0, path.indexOf('?'));
		var token = path.substring(path.indexOf("?t=") + 3);
		var otherBooking = bare.substring(0, bare.length() - 1) + (bare.endsWith("A") ? "B" : "A");

		assertThat(new Browser(port).get(path).body()).as("another browser, no cookies").contains("BH 1 AB");
		for (var refused : new String[] { bare, bare + "?t=" + token.substring(0, token.length() - 2) + "AA",
				bare + "?t=" + (Long.parseLong(token.substring(0, token.indexOf('.'))) + 30) + token.substring(token.indexOf('.')),
				otherBooking + "?t=" + token, bare + "?t=%00" }) {
			var page = new Browser(port).get(refused);
			assertThat(page.status()).as(refused).isEqualTo(403);
			assertThat(page.body()).as(refused)
				.doesNotContain("BH 1 AB")
				.contains("Tautan ini tidak bisa dibuka", "href=\"/booking/cek\"");
		}

		clock.advance(Duration.ofDays(1));
		try {
			assertThat(new Browser(port).get(path).body()).as("on the booking's day").contains("BH 1 AB");
			clock.advance(Duration.ofDays(2)); // past the day in every zone, whatever the hour
			var expired = new Browser(port).get(path);
			assertThat(expired.status()).isEqualTo(403);
			assertThat(expired.body()).doesNotContain("BH 1 AB")
				.contains("Tautan ini sudah tidak berlaku", "href=\"/booking/cek\"");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void showsFieldErrorsBesideTheFieldsAndInASummaryAndStoresNothing() {
		var form = browser.get(formPath());
		var fields = filledForm(form, "12");
		fields.put("plateNumber", "nope");
		fields.put("phone", "021 123");

		var page = browser.post(formPath(), fields);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"error-summary\"")
			.contains("href=\"#applicationNumber\"", "href=\"#plateNumber\"", "href=\"#phone\"")
			.contains("id=\"plateNumber-error\"", "aria-invalid=\"true\"");
		assertThat(page.input("plateNumber")).isEqualTo("nope");
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	@Test
	void aDoubleClickedSubmitBooksOnce() {
		var form = browser.get(formPath());
		var fields = filledForm(form, TestOffices.applicationNumber());

		var first = browser.post(formPath(), fields);
		var second = browser.post(formPath(), fields);

		assertThat(first.redirectPath()).isEqualTo(second.redirectPath());
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void aFullDaySendsTheApplicantBackWithWhatToDoInstead() {
		var tiny = TestOffices.create(jdbc, 1, 3);
		var path = "/kantor/" + tiny + "/booking";
		var form = browser.get(path);
		assertThat(browser.post(path, filledForm(form, TestOffices.applicationNumber())).status()).isEqualTo(302);

		var again = browser.get(path);
		var refused = browser.post(path, filledForm(again, TestOffices.applicationNumber()));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Kuota hari itu sudah habis").contains("href=\"/kantor/" + tiny + "\"");
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() {
		var form = browser.get(formPath());
		var fields = filledForm(form, TestOffices.applicationNumber());
		fields.remove("_csrf");

		var posted = browser.postRaw(formPath(), fields);

		assertThat(posted.status()).isEqualTo(403);
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	@Test
	void rendersTheStartAndAvailabilityPagesInBothLanguages() {
		var home = browser.get("/");
		assertThat(home.body()).contains("lang=\"id\"").contains("Ambil paspor").contains("/kantor/jambi");
		var english = browser.get("/?lang=en");
		assertThat(english.body()).contains("lang=\"en\"").contains("Collect your passport");
		// The choice is remembered in a cookie.
		assertThat(browser.get("/kantor/" + office).body()).contains("lang=\"en\"").contains("places left");
		var indonesian = new Browser(port).get("/kantor/" + office);
		assertThat(indonesian.body()).contains("Tersedia").contains(
				java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", java.util.Locale.forLanguageTag("id"))
					.format(tomorrow));
	}

	@Test
	void answersAnUnknownOfficeWithANotFoundPage() {
		var page = browser.get("/kantor/no-such-office");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("Halaman tidak ditemukan").doesNotContain("Exception");
	}

}
