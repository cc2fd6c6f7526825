package id.kanim.drivethru.capacity.web;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestOffices;


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

	private int remaining() {
		return api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow).json()
			.get(0).path("remaining").asInt();
	}

	private String page() {
		// The day's times show once the day is chosen (days come first).
		return api.get("/kantor/" + office + "?hari=" + tomorrow).body();
	}

}
