package id.kanim.drivethru.booking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.HtmlChecker;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every public page, in both languages and in its states that matter (a refused form, a booking,
 * its pages, a broken link, an unknown page), passes the W3C Nu HTML Checker with zero errors. Applicant
 * pages may be kept by the browser ({@code private, no-cache}, so Back and history work offline), staff
 * pages may not.
 */
@IntegrationTest
class PublicPagesHtmlTest extends AppTestBase {

	@Test
	void everyPublicPagePassesTheNuHtmlChecker() {
		var office = TestOffices.create(jdbc, 20, 3);
		var errors = new ArrayList<String>();
		for (var lang : new String[] { "id", "en" }) {
			var browser = new Browser(port);
			var pages = new LinkedHashMap<String, String>();
			for (var path : new String[] { "/", "/cara-kerja", "/kantor/" + office, "/kantor/" + office + "/booking",
					"/kantor/" + office + "/cara-kerja", "/kantor/" + office + "/poster", "/kantor/" + office + "/brosur",
					"/booking/cek", "/booking/lupa", "/halaman-yang-tidak-ada",
					"/kantor/" + office + "/antrean-tunggu?date=" + TestOffices.tomorrow(clock), "/booking/ABCD-EFGH?t=rusak" }) {
				pages.put(path, page(browser.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang)));
			}
			var form = "/kantor/" + office + "/booking";
			pages.put("refused form", page(browser.post(form, Map.of("email", "not-an-email"))));
			pages.put("refused waiting form",
					page(browser.post("/kantor/" + office + "/antrean-tunggu", Map.of("email", "not-an-email"))));
			var booked = browser.post(form, bookingFields("htm" + lang + System.nanoTime() % 1_000_000_000L));
			assertThat(booked.status()).as("booking answer").isEqualTo(302);
			var confirmation = booked.redirectPath();
			pages.put("confirmation", page(browser.get(confirmation)));
			var token = confirmation.substring(confirmation.indexOf("?"));
			var base = confirmation.substring(0, confirmation.indexOf("?"));
			for (var sub : new String[] { "/kelola", "/cetak", "/ubah", "/batal" }) {
				pages.put(sub, page(browser.get(base + sub + token)));
			}
			pages.forEach((name, html) -> HtmlChecker.errors(html)
				.forEach(e -> errors.add(lang + " " + name + ": " + e)));
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void theQrCodeCanBeSavedAsAnImageWithTheBookingsLinkOnly() {
		var office = TestOffices.create(jdbc, 20, 3);
		var browser = new Browser(port);
		browser.get("/kantor/" + office + "/booking");
		var confirmation = browser.post("/kantor/" + office + "/booking", bookingFields("qr" + System.nanoTime() % 1_000_000_000L))
			.redirectPath();
		var base = confirmation.substring(0, confirmation.indexOf("?"));
		var image = browser.get(base + "/qr.svg" + confirmation.substring(confirmation.indexOf("?")));
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.header("Content-Type").orElseThrow()).startsWith("image/svg+xml");
		assertThat(image.header("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(image.body()).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<path");
		var withoutLink = browser.get(base + "/qr.svg");
		assertThat(withoutLink.status()).isEqualTo(303);
		assertThat(withoutLink.body()).doesNotContain("<svg");
	}

	/** The control: the checker in this suite does find errors (a passing check above is not a silent one). */
	@Test
	void theCheckerFindsAnError() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"id\"><head><title>x</title></head><body>"
				+ "<label for=\"a\">A</label><input id=\"a\" autocomplete=\"nomor-permohonan\"></body></html>"))
			.singleElement().asString().contains("autocomplete");
	}

	@Test
	void applicantPagesMayBeKeptByTheBrowserButStaffPagesMayNot() {
		var browser = new Browser(port);
		assertThat(browser.get("/booking/cek").header("Cache-Control")).hasValue("private, no-cache");
		assertThat(browser.get("/login").header("Cache-Control").orElseThrow()).contains("no-store");
	}

	private Map<String, String> bookingFields(String number) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("date", TestOffices.tomorrow(clock).toString());
		fields.put("slotStart", "09:00");
		fields.put("applicationNumber", number);
		fields.put("fullName", "Dewi Lestari");
		fields.put("phone", "0813 1111 2222");
		fields.put("vehicleType", "CAR");
		fields.put("plateNumber", "BH 4321 ZZ");
		fields.put("collectorType", "SELF");
		fields.put("requirementsRead", "true");
		fields.put("privacyConsent", "true");
		fields.put("formToken", java.util.UUID.randomUUID().toString());
		return fields;
	}

	private static String page(Browser.Page page) {
		assertThat(page.header("Content-Type").orElse("")).startsWith("text/html");
		return page.body();
	}

}
