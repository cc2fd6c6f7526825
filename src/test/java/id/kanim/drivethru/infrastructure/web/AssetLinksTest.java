package id.kanim.drivethru.infrastructure.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages link the stylesheets and scripts by their content-hashed names (so browsers may keep them for a
 * week), those names are served, and page links are left as they are.
 */
@IntegrationTest
class AssetLinksTest extends AppTestBase {

	private static final Pattern HASHED_CSS = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

	private static final Pattern HASHED_JS = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesLinkAssetsByTheirHashedNamesAndEverythingElseAsWritten() throws Exception {
		var office = TestOffices.create(jdbc, 20, 3);
		for (var page : new String[] { "/kantor/" + office, "/does-not-exist" }) {
			var body = get(page).body();
			var css = HASHED_CSS.matcher(body);
			var js = HASHED_JS.matcher(body);
			assertThat(css.find()).as(page).isTrue();
			assertThat(js.find()).as(page).isTrue();
			var stylesheet = get(css.group(1));
			assertThat(stylesheet.statusCode()).isEqualTo(200);
			assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=604800"));
			assertThat(get(js.group(1)).statusCode()).isEqualTo(200);
		}
		// Days come first: the page links each open day to its own times.
		assertThat(get("/kantor/" + office).body()).contains("href=\"/kantor/" + office + "?hari=",
				"href=\"/cara-kerja\"", "href=\"/booking/cek\"");
	}

	@Test
	void theQueueDisplayLinksHtmxFromItsWebJar() throws Exception {
		var office = TestOffices.create(jdbc, 20, 3);
		var matcher = Pattern.compile("src=\"(/webjars/htmx.org/[^\"]+/htmx.min.js)\"").matcher(get("/display/" + office).body());

		assertThat(matcher.find()).isTrue();
		assertThat(get(matcher.group(1)).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
