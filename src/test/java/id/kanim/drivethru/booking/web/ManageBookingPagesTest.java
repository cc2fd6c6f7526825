package id.kanim.drivethru.booking.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.MutableClock;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Cek / ubah booking" pages over real HTTP with a real CSRF cookie and no session: one answer for any
 * wrong pair, and the calendar file and printable page follow who collects.
 */
@IntegrationTest
class ManageBookingPagesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aWrongCodeAndAWrongNumberGetTheSameAnswer() throws Exception {
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, "SELF", null);

		var wrongNumber = lookup(client(), code, "WRONG0001").body();
		var wrongCode = lookup(client(), "ZZZZ-ZZZZ", number).body();

		assertThat(message(wrongNumber)).isEqualTo(message(wrongCode))
			.contains("Kami tidak menemukan booking dengan kode dan nomor permohonan itu");
	}

	@Test
	void theCalendarFileAndPrintablePageFollowWhoCollects() throws Exception {
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, "FAMILY", "Budi Santoso");
		var client = client();
		var manage = lookup(client, code, number);
		assertThat(manage.statusCode()).isEqualTo(200);
		assertThat(manage.body()).contains("Anggota keluarga dalam satu Kartu Keluarga (KK): Budi Santoso");

		var proof = "?" + manage.uri().getRawQuery();
		assertThat(proof).as("the lookup leads to a link that carries its proof").matches("\\?t=[0-9]+\\.[A-Za-z0-9_-]+");
		var ics = get(client, "/booking/" + code.replace("-", "") + "/kalender.ics" + proof);
		var print = get(client, "/booking/" + code.replace("-", "") + "/cetak" + proof).body();

		assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
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
		var client = HttpClient.newBuilder().cookieHandler(new WebSession.LocalhostCookies()).build();

		for (var page : new String[] { "/kelola", "/cetak", "/ubah", "/batal", "/kelola?t=1.AAAAAAAAAAAAAAAAAAAAAA" }) {
			var response = client.send(HttpRequest.newBuilder(URI.create(base() + "/booking/" + code + page)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(page).isEqualTo(403);
			assertThat(response.body()).as(page).contains("Tautan ini tidak bisa dibuka", "href=\"/booking/cek\"");
		}
		var ics = client.send(HttpRequest.newBuilder(URI.create(base() + "/booking/" + code + "/kalender.ics")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(ics.statusCode()).isEqualTo(303);
		assertThat(ics.headers().firstValue("Location").orElseThrow()).endsWith("/booking/" + code + "/kelola");
		var cancel = client.send(HttpRequest.newBuilder(URI.create(base() + "/booking/" + code + "/batal"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("t=1.AAAAAAAAAAAAAAAAAAAAAA"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(cancel.statusCode()).as("no CSRF token, and no proof either").isEqualTo(403);
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

	private HttpResponse<String> lookup(HttpClient client, String code, String number) throws Exception {
		var form = get(client, "/booking/cek").body();
		var matcher = CSRF.matcher(form);
		assertThat(matcher.find()).isTrue();
		var body = "_csrf=" + enc(matcher.group(1)) + "&code=" + enc(code) + "&applicationNumber=" + enc(number);
		var posted = client.send(HttpRequest.newBuilder(URI.create(base() + "/booking/cek"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return posted;
	}

	private static String message(String page) {
		var start = page.indexOf("<div class=\"error-summary\"");
		return page.substring(start, page.indexOf("</div>", start));
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new id.kanim.drivethru.support.WebSession.LocalhostCookies()).followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
