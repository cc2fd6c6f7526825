package id.kanim.drivethru.booking.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Cek / ubah booking" pages over real HTTP with a real CSRF cookie and no session: one answer for any
 * wrong pair, and the calendar file and printable page follow who collects.
 */
@IntegrationTest
class ManageBookingPagesTest extends AppTestBase {

	@Test
	void aWrongCodeAndAWrongNumberGetTheSameAnswer() throws Exception {
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, "SELF", null);

		var wrongNumber = lookup(new Browser(port), code, "WRONG0001").body();
		var wrongCode = lookup(new Browser(port), "ZZZZ-ZZZZ", number).body();

		assertThat(message(wrongNumber)).isEqualTo(message(wrongCode))
			.contains("Kami tidak menemukan booking dengan kode dan nomor permohonan itu");
	}

	@Test
	void theCalendarFileAndPrintablePageFollowWhoCollects() throws Exception {
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, "FAMILY", "Budi Santoso");
		var browser = new Browser(port);
		var manage = lookup(browser, code, number);
		assertThat(manage.status()).isEqualTo(200);
		assertThat(manage.body()).contains("Anggota keluarga dalam satu Kartu Keluarga (KK): Budi Santoso");

		var proof = "?" + URI.create(manage.uri()).getRawQuery();
		assertThat(proof).as("the lookup leads to a link that carries its proof").matches("\\?t=[0-9]+\\.[A-Za-z0-9_-]+");
		var ics = browser.get("/booking/" + code.replace("-", "") + "/kalender.ics" + proof);
		var print = browser.get("/booking/" + code.replace("-", "") + "/cetak" + proof).body();

		assertThat(ics.header("Content-Type").orElseThrow()).startsWith("text/calendar");
		var date = TestOffices.tomorrow(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
		var unfolded = ics.body().replace("\r\n ", "");
		assertThat(unfolded).contains("BEGIN:VCALENDAR", "TZID:Asia/Jakarta", "TZOFFSETTO:+0700",
				"DTSTART;TZID=Asia/Jakarta:" + date + "T090000", "DTEND;TZID=Asia/Jakarta:" + date + "T093000",
				"LOCATION:Kantor Uji " + office + "\\, Jl. Uji No. 1\\, Kota Uji",
				"Fotokopi Kartu Keluarga (KK)", "Budi Santoso", "30 hari");
		assertThat(ics.body().split("\r\n")).allSatisfy(
				line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(print).contains("<svg", "css/print", "Fotokopi Kartu Keluarga (KK)", code)
			.doesNotContain("KTP asli pemohon</li>");
	}

	@Test
	void pagesWithoutAValidLinkSaySoAndLeadToTheLookup() throws Exception {
		var office = TestOffices.create(jdbc, 5, 5);
		var code = book(office, TestOffices.applicationNumber(), "SELF", null).replace("-", "");
		var browser = new Browser(port);

		for (var page : new String[] { "/kelola", "/cetak", "/ubah", "/batal", "/kelola?t=1.AAAAAAAAAAAAAAAAAAAAAA" }) {
			var response = browser.get("/booking/" + code + page);
			assertThat(response.status()).as(page).isEqualTo(403);
			assertThat(response.body()).as(page).contains("Tautan ini tidak bisa dibuka", "href=\"/booking/cek\"");
		}
		var ics = browser.get("/booking/" + code + "/kalender.ics");
		assertThat(ics.status()).isEqualTo(303);
		assertThat(ics.redirectPath()).endsWith("/booking/" + code + "/kelola");
		var cancel = browser.postRaw("/booking/" + code + "/batal", Map.of("t", "1.AAAAAAAAAAAAAAAAAAAAAA"));
		assertThat(cancel.status()).as("no CSRF token, and no proof either").isEqualTo(403);
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	private String book(String office, String number, String collector, String collectorName) {
		var body = Api.booking(number, TestOffices.tomorrow(clock), "09:00");
		body.put("collectorType", collector);
		if (collectorName != null) {
			body.put("collectorName", collectorName);
		}
		var response = new Api(port).book(office, body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("code").asString();
	}

	/** The lookup form, sent, and its redirect followed, as a browser does; the answer and where it was found. */
	private Found lookup(Browser browser, String code, String number) {
		browser.get("/booking/cek");
		var posted = browser.post("/booking/cek", Map.of("code", code, "applicationNumber", number));
		if (posted.status() != 302 && posted.status() != 303) {
			return new Found(posted.status(), posted.body(), "/booking/cek");
		}
		var page = browser.follow(posted);
		return new Found(page.status(), page.body(), posted.redirectPath());
	}

	record Found(int status, String body, String uri) {
	}

	private static String message(String page) {
		var start = page.indexOf("<div class=\"error-summary\"");
		return page.substring(start, page.indexOf("</div>", start));
	}

}
