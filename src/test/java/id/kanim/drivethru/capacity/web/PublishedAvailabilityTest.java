package id.kanim.drivethru.capacity.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.infrastructure.web.KeptPages;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestOffices;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What applicants are shown may be up to a second old, but never older: a change made through this instance
 * shows at once, and one made by another instance (here: straight in the database) shows once the second is
 * over. The bound of the wait is generous; the test only fails if the answer never changes.
 */
@IntegrationTest
class PublishedAvailabilityTest extends OfficeTestBase {

	@Test
	void aBookingThroughThisInstanceShowsAtOnceOnThePageAndInTheApi() {
		assertThat(remaining()).isEqualTo(20);
		assertThat(page()).contains("Sisa 20 dari 20 tempat");

		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status()).isEqualTo(201);

		assertThat(remaining()).isEqualTo(19);
		assertThat(page()).contains("Sisa 19 dari 20 tempat").contains("sisa 2");
	}

	@Test
	void aChangeMadeByAnotherInstanceShowsWithinASecond() {
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status()).isEqualTo(201);
		assertThat(remaining()).isEqualTo(19);
		assertThat(page()).contains("Sisa 19 dari 20 tempat");

		// another instance books two places: this instance is not told
		jdbc.sql("""
				update service_day set booked = booked + 2
				where office_id = (select id from office where code = :code) and service_date = :date""")
			.param("code", office)
			.param("date", tomorrow)
			.update();

		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> {
				assertThat(remaining()).isEqualTo(17);
				assertThat(page()).contains("Sisa 17 dari 20 tempat");
			});
	}

	@Test
	void theWholeHorizonKeptAsJsonAndGzipShowsABookingThroughThisInstanceAtOnce() throws Exception {
		assertThat(horizonRemaining(false)).isEqualTo(20);
		assertThat(horizonRemaining(true)).isEqualTo(20);

		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status()).isEqualTo(201);

		assertThat(horizonRemaining(false)).isEqualTo(19);
		assertThat(horizonRemaining(true)).isEqualTo(19);
		assertThat(horizon(true)).isEqualTo(horizon(false));
	}

	/**
	 * The stated bound, checked: after another instance's change, an answer with the old number may only come
	 * to a request sent within the second (plus the time to compute an answer) after the change.
	 */
	@Test
	void theWholeHorizonIsNeverMoreThanASecondBehindAnotherInstance() throws Exception {
		// the first booking makes the day's row, which the other instance then changes
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status()).isEqualTo(201);
		assertThat(horizonRemaining(true)).isEqualTo(19);
		var updated = jdbc.sql("update service_day set booked = booked + 2 "
				+ "where office_id = (select id from office where code = :code) and service_date = :date")
			.param("code", office)
			.param("date", tomorrow)
			.update();
		assertThat(updated).isEqualTo(1);
		var changed = System.nanoTime();
		var bound = Duration.ofMillis(1500);
		// Until the new number shows, every answer is the old one; the wait may not outlast the bound.
		Awaitility.await().atMost(bound.minusNanos(System.nanoTime() - changed)).pollInterval(Duration.ofMillis(20))
			.until(() -> {
				var remaining = horizonRemaining(true);
				assertThat(remaining).isIn(17, 19);
				return remaining == 17;
			});
		assertThat(horizonRemaining(false)).isEqualTo(17);
	}

	@Test
	void gzipIsSentOnlyToThoseWhoAcceptIt() {
		assertThat(KeptPages.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(KeptPages.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(KeptPages.acceptsGzip("*")).isTrue();
		assertThat(KeptPages.acceptsGzip(null)).isFalse();
		assertThat(KeptPages.acceptsGzip("identity")).isFalse();
		assertThat(KeptPages.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(KeptPages.acceptsGzip("deflate, gzip; q=0.0")).isFalse();
	}

	/** Tomorrow's places left in the answer for the whole horizon (what the office page and most clients ask). */
	private int horizonRemaining(boolean gzip) throws Exception {
		for (var day : JsonMapper.builder().build().readTree(horizon(gzip))) {
			if (day.path("date").asString().equals(tomorrow.toString())) {
				return day.path("remaining").asInt();
			}
		}
		throw new AssertionError("tomorrow is not in the answer");
	}

	private String horizon(boolean gzip) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/offices/" + office
				+ "/availability"));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("Content-Encoding"))
			.isEqualTo(gzip ? Optional.of("gzip") : Optional.empty());
		var body = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
				: response.body();
		return new String(body, StandardCharsets.UTF_8);
	}

	private int remaining() {
		return api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow).json()
			.get(0).path("remaining").asInt();
	}

	private String page() {
		// The day's times show once the day is chosen (days come first).
		return api.get("/kantor/" + office + "?hari=" + tomorrow).body();
	}

}
