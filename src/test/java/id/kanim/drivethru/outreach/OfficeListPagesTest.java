package id.kanim.drivethru.outreach;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.office.OfficeCacheSettings;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page's list of offices and the offices' blocks of "Cara kerja" are written from ready-made strings
 * and kept between requests (HomeController, OutreachController): they say the same as the message files in
 * both languages, and a kept copy is never older than the office settings themselves
 * ({@code drivethru.offices.settings-ttl}); the whole pages are also kept gzipped for a second (SharedPages),
 * so a change shows within that time plus a second.
 */
@IntegrationTest
class OfficeListPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	OfficeCacheSettings officeCache;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theOfficeListsSayWhatTheMessageFilesSayInBothLanguages() throws Exception {
		var office = TestOffices.create(jdbc, 17, 3);
		var name = "Kantor Uji " + office;
		for (var locale : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
			var lang = "lang=" + locale.getLanguage();
			var home = page("/?" + lang);
			var how = page("/cara-kerja?" + lang);
			var own = page("/kantor/" + office + "/cara-kerja?" + lang);

			assertThat(home).as(lang).contains("<a class=\"button\" href=\"/kantor/" + office + "\">"
					+ text("home.offices.book", locale, name) + "</a>", "Jl. Uji No. 1, Kota Uji");
			for (var body : new String[] { how, own }) {
				assertThat(body).as(lang).contains("<h3>" + name + "</h3>",
						"<dd>" + text("office.hours.value", locale, "09.00", "15.00", "WIB",
								locale.getLanguage().equals("en") ? "Monday–Sunday" : "Senin–Minggu") + "</dd>",
						"<dd>" + text("office.quota.value", locale, 17) + "</dd>", text("how.proxies.allowed", locale),
						"<a href=\"/kantor/" + office + "\">" + text("how.book", locale, name) + "</a>",
						"<a href=\"/kantor/" + office + "/poster\">" + text("how.poster", locale) + "</a>",
						"<a href=\"/kantor/" + office + "/rambu\">" + text("signs.link", locale) + "</a>");
			}
		}
	}

	@Test
	void aKeptListIsNeverOlderThanTheOfficeSettings() throws Exception {
		var office = TestOffices.create(jdbc, 17, 3);
		var paths = new String[] { "/", "/cara-kerja", "/kantor/" + office + "/cara-kerja" };
		// Made with SQL, as by another instance: the list of all offices learns of it by its expiry too.
		var created = System.nanoTime();
		for (var path : paths) {
			awaitShown(path, "Kantor Uji " + office + "<", created);
		}

		var renamed = System.nanoTime();
		jdbc.sql("update office set name = :name where code = :code")
			.param("name", "Kantor Baru " + office)
			.param("code", office)
			.update();
		for (var path : paths) {
			awaitShown(path, "Kantor Baru " + office + "<", renamed);
			assertThat(page(path)).as(path).doesNotContain("Kantor Uji " + office + "<");
		}
	}

	@Test
	void aKeptGzippedPageIsThePageItself() throws Exception {
		TestOffices.create(jdbc, 17, 3);
		for (var path : new String[] { "/", "/cara-kerja" }) {
			page(path);
			var gzipped = http.send(request(path).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			var plain = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(gzipped.headers().firstValue("Content-Language")).as(path).isEqualTo(plain.headers().firstValue("Content-Language"));
			assertThat(gzipped.headers().firstValue("Cache-Control")).as(path).hasValue("private, no-cache");
			assertThat(gzipped.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(unzip(gzipped.body())).as(path).isEqualTo(plain.body());
		}
	}

	/**
	 * Fails unless the page shows the text within the settings' expiry and the kept page's second (and a second
	 * for the requests) of the change.
	 */
	private void awaitShown(String path, String text, long changedNanos) throws Exception {
		var bound = officeCache.settingsTtl().plusSeconds(2).minusNanos(System.nanoTime() - changedNanos);
		Awaitility.await(path).atMost(bound).pollInterval(Duration.ofMillis(100)).until(() -> page(path).contains(text));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The page as the browser reads it (gzip accepted, as browsers do): character references written out. */
	private String page(String path) throws Exception {
		var response = http.send(request(path).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		var gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
		return HtmlUtils.htmlUnescape(gzip ? unzip(response.body()) : new String(response.body(), StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static String unzip(byte[] gzip) throws Exception {
		return new String(new GZIPInputStream(new ByteArrayInputStream(gzip)).readAllBytes(), StandardCharsets.UTF_8);
	}

}
