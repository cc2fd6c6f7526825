package id.kanim.drivethru.capacity.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office page kept by {@link KeptOfficePages}: a kept page is the page a fresh render gives (both languages,
 * with and without a chosen day), it carries no form token, and a booking shows on the next page at once.
 */
@IntegrationTest
class KeptOfficePagesTest extends OfficeTestBase {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	FilterRegistrationBean<KeptOfficePages> keptOfficePages;

	private long served() {
		return keptOfficePages.getFilter().served();
	}

	@Test
	void keepsTheSamePageAFreshRenderGivesInBothLanguages() throws Exception {
		for (var language : new String[] { "id", "en" }) {
			for (var path : new String[] { "/kantor/" + office, "/kantor/" + office + "?hari=" + tomorrow }) {
				var fresh = get(path, language);
				var before = served();
				var kept = get(path, language);
				assertThat(fresh.statusCode()).isEqualTo(200);
				assertThat(kept.statusCode()).as(path + " " + language + body(kept)).isEqualTo(200);
				assertThat(served() - before).as("the second came from the kept page: " + path + " " + language).isEqualTo(1);
				assertThat(kept.headers().firstValue("Content-Encoding")).hasValue("gzip");
				assertThat(kept.headers().firstValue("Content-Type")).isEqualTo(fresh.headers().firstValue("Content-Type"));
				assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
				assertThat(kept.headers().firstValue("Cache-Control")).isEqualTo(fresh.headers().firstValue("Cache-Control"));
				assertThat(body(kept)).isEqualTo(body(fresh)).contains("lang=\"" + language + "\"")
					.doesNotContain("_csrf", "<form");
			}
		}
	}

	@Test
	void showsABookingOnTheNextPageAtOnce() throws Exception {
		var path = "/kantor/" + office + "?hari=" + tomorrow;
		var before = body(get(path, "id"));
		get(path, "id");
		assertThat(before).contains("20 dari 20");

		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status())
			.isEqualTo(201);

		assertThat(body(get(path, "id"))).contains("19 dari 20").isNotEqualTo(before);
	}

	private HttpResponse<byte[]> get(String path, String language) throws IOException, InterruptedException {
		return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip").header("Cookie", "lang=" + language).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String body(HttpResponse<byte[]> response) throws IOException {
		var bytes = response.body();
		if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()) {
			try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
				bytes = in.readAllBytes();
			}
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
