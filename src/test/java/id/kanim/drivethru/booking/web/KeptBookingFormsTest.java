package id.kanim.drivethru.booking.web;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestForms;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking form kept by {@link KeptBookingForms}: every answer carries the request's own CSRF token and a
 * form token of its own, a kept form is the same page a fresh render gives (in both languages), and a booking
 * shows on the next form at once (the kept page goes with the availability answer it was rendered from).
 */
@IntegrationTest
class KeptBookingFormsTest extends OfficeTestBase {

	@Autowired
	FilterRegistrationBean<KeptBookingForms> keptBookingForms;

	private long served() {
		return keptBookingForms.getFilter().served();
	}

	private String form() {
		return "/kantor/" + office + "/booking";
	}

	@Test
	void givesEachRequestItsOwnTokensAndFormsOpenedInTwoSessionsBothBook() {
		var first = new Browser(port);
		var second = new Browser(port);
		var fresh = first.get(form());
		var before = served();
		var kept = second.get(form());
		var keptAgain = first.get(form());
		assertThat(served() - before).as("both later forms came from the kept page").isEqualTo(2);

		assertThat(kept.csrf()).isNotBlank().isNotEqualTo(fresh.csrf()).isNotEqualTo(keptAgain.csrf());
		assertThat(keptAgain.csrf()).isNotEqualTo(fresh.csrf());
		assertThat(kept.input("formToken")).isNotBlank().isNotEqualTo(fresh.input("formToken"))
			.isNotEqualTo(keptAgain.input("formToken"));
		assertThat(keptAgain.input("formToken")).isNotEqualTo(fresh.input("formToken"));

		// Another session's token is refused: the kept page carries the token of the session that asked for it.
		var crossed = TestForms.booking(kept, TestOffices.applicationNumber(), tomorrow, "09:00");
		assertThat(first.postRaw(form(), crossed).status()).isEqualTo(403);

		var inSecond = second.postRaw(form(), TestForms.booking(kept, TestOffices.applicationNumber(), tomorrow, "09:00"));
		var inFirst = first.postRaw(form(),
				TestForms.booking(keptAgain, TestOffices.applicationNumber(), tomorrow, "10:00"));
		assertThat(inSecond.status()).isEqualTo(302);
		assertThat(inSecond.redirectPath()).startsWith("/booking/");
		assertThat(inFirst.status()).isEqualTo(302);
		assertThat(inFirst.redirectPath()).startsWith("/booking/").isNotEqualTo(inSecond.redirectPath());
	}

	@Test
	void keepsTheSamePageAFreshRenderGivesInBothLanguages() {
		for (var language : new String[] { "id", "en" }) {
			for (var path : new String[] { form(), form() + "?date=" + tomorrow + "&slotStart=09:00" }) {
				var browser = new Browser(port);
				var fresh = browser.get(path, "Cookie", "lang=" + language);
				var before = served();
				var kept = browser.get(path, "Cookie", "lang=" + language);
				assertThat(served() - before).as("the second came from the kept page").isEqualTo(1);
				assertThat(fresh.status()).isEqualTo(200);
				assertThat(kept.status()).isEqualTo(200);
				assertThat(kept.header("Content-Type")).isEqualTo(fresh.header("Content-Type"));
				assertThat(kept.header("Content-Language")).isEqualTo(fresh.header("Content-Language"));
				assertThat(kept.header("Cache-Control")).isEqualTo(fresh.header("Cache-Control")).hasValue("private, no-cache");
				assertThat(withoutTokens(kept)).isEqualTo(withoutTokens(fresh));
				assertThat(kept.body()).contains("lang=\"" + language + "\"");
			}
		}
	}

	@Test
	void showsABookingOnTheNextFormAtOnce() {
		var browser = new Browser(port);
		var path = form() + "?date=" + tomorrow + "&slotStart=09:00";
		var before = browser.get(path);
		browser.get(path);
		assertThat(before.body()).contains("sisa 3 tempat");

		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status())
			.isEqualTo(201);

		var after = browser.get(path);
		assertThat(after.body()).contains("sisa 2 tempat");
		assertThat(withoutTokens(after)).isNotEqualTo(withoutTokens(before));
	}

	@Test
	void keepsTheLookupFormWithEachRequestsOwnCsrfTokenInBothLanguages() {
		var number = TestOffices.applicationNumber();
		var booked = api.book(office, Api.booking(number, tomorrow, "09:00"));
		assertThat(booked.status()).isEqualTo(201);
		var code = booked.json().get("code").asString();
		for (var language : new String[] { "id", "en" }) {
			var first = new Browser(port);
			var second = new Browser(port);
			var fresh = first.get("/booking/cek", "Cookie", "lang=" + language);
			var before = served();
			var kept = second.get("/booking/cek", "Cookie", "lang=" + language);
			assertThat(served() - before).as("the second came from the kept page").isEqualTo(1);
			assertThat(kept.status()).isEqualTo(200);
			assertThat(kept.header("Content-Type")).isEqualTo(fresh.header("Content-Type"));
			assertThat(kept.header("Content-Language")).isEqualTo(fresh.header("Content-Language"));
			assertThat(kept.header("Cache-Control")).isEqualTo(fresh.header("Cache-Control"));
			assertThat(kept.csrf()).isNotBlank().isNotEqualTo(fresh.csrf());
			assertThat(kept.body().replace(kept.csrf(), "CSRF")).isEqualTo(fresh.body().replace(fresh.csrf(), "CSRF"))
				.contains("lang=\"" + language + "\"");

			// The kept page's token is the second session's own: the lookup goes through there, not from the first.
			var lookup = java.util.Map.of("_csrf", kept.csrf(), "code", code, "applicationNumber", number);
			assertThat(first.postRaw("/booking/cek", lookup).status()).isEqualTo(403);
			var found = second.postRaw("/booking/cek", lookup);
			assertThat(found.status()).isEqualTo(302);
			assertThat(found.location().orElseThrow()).contains("/booking/" + code.replace("-", "") + "/kelola?t=");
		}
	}

	private static String withoutTokens(Browser.Page page) {
		return page.body().replace(page.csrf(), "CSRF").replace(page.input("formToken"), "FORM");
	}

}
