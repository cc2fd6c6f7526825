package id.kanim.drivethru.infrastructure.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors cost the server no memory: no public page, read or failed form, makes an HTTP session.
 * Counted where sessions live, in PostgreSQL's session table, and in the answers (no JSESSIONID cookie). Signing
 * in still opens one, which shows the count works.
 */
@IntegrationTest
class AnonymousVisitorsTest extends AppTestBase {

	@Test
	void aThousandAnonymousPageViewsCreateNoSession() {
		var office = TestOffices.create(jdbc, 20, 3);
		var date = TestOffices.tomorrow(clock).toString();
		var before = sessionsCreated();

		// A real booking through the form, then its own links: these are public pages too.
		var booker = new Browser(port);
		var form = booker.get("/kantor/" + office + "/booking?date=" + date + "&slotStart=09:00");
		var booked = booker.post("/kantor/" + office + "/booking", bookingForm(form, date));
		assertThat(booked.status()).as(booked.body()).isEqualTo(302);
		var link = booked.location().orElseThrow().replaceFirst("^https?://[^/]+", "");
		var code = link.replaceFirst("^/booking/([0-9A-Z]{8}).*", "$1");
		var proof = link.substring(link.indexOf('?'));

		List<Function<Browser, Browser.Page>> views = new ArrayList<>();
		for (var path : List.of("/", "/?lang=en", "/cara-kerja", "/kantor/" + office, "/kantor/" + office + "/booking",
				"/kantor/" + office + "/booking?tunggu=1&date=" + date, "/kantor/" + office + "/cara-kerja",
				"/kantor/" + office + "/poster", "/kantor/" + office + "/brosur", "/kantor/" + office + "/poster.png",
				"/booking/cek", link, "/booking/" + code, "/booking/" + code + "/kelola" + proof,
				"/booking/" + code + "/ubah" + proof, "/booking/" + code + "/batal" + proof,
				"/booking/" + code + "/cetak" + proof, "/booking/" + code + "/kalender.ics" + proof,
				"/booking/" + code + "/kelola?t=1.AAAAAAAAAAAAAAAAAAAAAA", "/antrean/" + code, "/display/" + office,
				"/display/" + office + "/board", "/login", "/login?error", "/tidak-ada", "/staff/loket",
				"/css/app.css", "/kantor/tidak-ada/booking")) {
			views.add(browser -> browser.get(path));
		}
		views.add(browser -> {
			browser.get("/kantor/" + office + "/booking");
			return browser.post("/kantor/" + office + "/booking", Map.of("applicationNumber", ""));
		});
		views.add(browser -> browser.postRaw("/kantor/" + office + "/booking", Map.of("fullName", "no token")));
		views.add(browser -> {
			browser.get("/kantor/" + office + "/booking");
			return browser.post("/kantor/" + office + "/antrean-tunggu", Map.of("applicationNumber", "1"));
		});
		// A few wrong pairs, each for a code of its own: the lookup limits (per code, per client address) are
		// shared with the other tests of this run.
		var wrongPairs = new AtomicInteger();
		views.add(browser -> {
			browser.get("/booking/cek");
			return wrongPairs.incrementAndGet() > 8 ? browser.post("/booking/cek", Map.of("code", "", "applicationNumber", "1"))
					: browser.post("/booking/cek", Map.of("code", BookingCode.random().display(), "applicationNumber", "WRONG0001"));
		});
		views.add(browser -> {
			browser.get("/booking/cek");
			return browser.post("/booking/cek", Map.of("code", "", "applicationNumber", ""));
		});
		views.add(browser -> {
			browser.get("/login");
			return browser.post("/login", Map.of("username", "tidak-ada", "password", "salah"));
		});
		views.add(browser -> {
			browser.get("/booking/" + code + "/ubah" + proof);
			return browser.post("/booking/" + code + "/ubah" + proof, Map.of("date", "kemarin", "slotStart", "25:00"));
		});
		views.add(browser -> {
			browser.get("/booking/cek");
			return browser.post("/booking/" + code + "/batal", Map.of("t", "1.AAAAAAAAAAAAAAAAAAAAAA"));
		});

		Browser browser = null;
		for (int i = 0; i < 1000; i++) {
			if (i % 7 == 0) {
				browser = new Browser(port); // a visitor sees a few pages with their cookies, then a new one comes
			}
			var page = views.get(i % views.size()).apply(browser);
			assertThat(page.status()).as("view %d", i % views.size()).isLessThan(500);
			assertThat(page.setCookies()).as("view %d", i % views.size())
				.noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}

		assertThat(sessionsCreated() - before).as("sessions made by 1,000 anonymous views").isZero();
		assertThat(jdbc.sql("select status from booking where code = :c").param("c", code).query(String.class).single())
			.as("the failed forms changed nothing").isEqualTo("BOOKED");
	}

	/**
	 * Staff keep their sessions, made at sign-in; the page a signed-out supervisor asked for is remembered in
	 * a cookie rather than a session, and opened after signing in.
	 */
	@Test
	void signingInStillOpensASessionForStaffAndLeadsToThePageAskedFor() {
		var office = TestOffices.create(jdbc, 20, 3);
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var before = sessionsCreated();

		var browser = new Browser(port);
		assertThat(browser.get("/staff/kuota").redirectPath()).isEqualTo("/login");
		assertThat(sessionsCreated() - before).as("asking for a staff page").isZero();
		var signedIn = browser.signIn(username, TestStaff.PASSWORD);

		assertThat(signedIn.redirectPath()).startsWith("/staff/kuota");
		assertThat(browser.cookie("JSESSIONID")).isPresent();
		assertThat(sessionsCreated() - before).isEqualTo(1);
		assertThat(browser.get("/staff/kuota").status()).isEqualTo(200);
	}

	/**
	 * Every session stored since start: sessions live in PostgreSQL (Spring Session JDBC), shared by every
	 * instance. A signed-in session keeps its row when its id changes at sign-in, and rows are only deleted once
	 * expired (30 minutes), so the count only grows while a test runs.
	 */
	private long sessionsCreated() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private static Map<String, String> bookingForm(Browser.Page form, String date) {
		var fields = new HashMap<String, String>();
		var token = java.util.regex.Pattern.compile("name=\"formToken\"[^>]*value=\"([^\"]*)\"").matcher(form.body());
		fields.put("formToken", token.find() ? token.group(1) : "");
		fields.put("applicationNumber", TestOffices.applicationNumber());
		fields.put("fullName", "Budi Santoso");
		fields.put("phone", "0812 3456 7890");
		fields.put("email", "");
		fields.put("vehicleType", "CAR");
		fields.put("plateNumber", "bh 1 ab");
		fields.put("date", date);
		fields.put("slotStart", "09:00");
		fields.put("collectorType", "SELF");
		fields.put("requirementsRead", "true");
		fields.put("privacyConsent", "true");
		return fields;
	}

}
