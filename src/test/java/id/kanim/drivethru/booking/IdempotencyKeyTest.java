package id.kanim.drivethru.booking;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestForms;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * No booking in doubt, and no booking leaked: a retry (same key, same request) gets the first booking back; the
 * same key with another request is refused without a word about the first; keys belong to one office.
 */
@IntegrationTest
class IdempotencyKeyTest extends OfficeTestBase {

	@Test
	void refusesTheSameKeyWithAnotherApplicantsRequestAndRevealsNothing() {
		var key = UUID.randomUUID().toString();
		var first = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"),
				"Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);

		var other = Api.booking(TestOffices.applicationNumber(), tomorrow, "10:00");
		other.put("plateNumber", "B 9 ZZ");
		var reused = api.book(office, other, "Idempotency-Key", key);

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.contentType()).startsWith("application/problem+json");
		assertThat(reused.problemType()).isEqualTo("idempotency-key-reused");
		assertThat(reused.body()).doesNotContain(first.json().path("code").asString(), "BH 1234 XY",
				tomorrow.toString(), "09:00");
		assertThat(Races.activeBookings(jdbc, office)).as("nothing stored for the second request").isEqualTo(1);
	}

	@Test
	void refusesTheSameKeyWhenOnlyOneFieldDiffers() {
		var key = UUID.randomUUID().toString();
		var body = Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00");
		assertThat(api.book(office, body, "Idempotency-Key", key).status()).isEqualTo(201);

		var changed = new HashMap<>(body);
		changed.put("slotStart", "10:00");

		assertThat(api.book(office, changed, "Idempotency-Key", key).problemType()).isEqualTo("idempotency-key-reused");
		assertThat(api.book(office, body, "Idempotency-Key", key).status()).as("the original retry still works")
			.isEqualTo(201);
	}

	@Test
	void treatsARetryWrittenDifferentlyAsTheSameRequest() {
		var key = UUID.randomUUID().toString();
		var body = Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00");
		var first = api.book(office, body, "Idempotency-Key", key);

		var respelled = new HashMap<>(body);
		respelled.put("plateNumber", "bh1234xy");
		var retry = api.book(office, respelled, "Idempotency-Key", key, "Accept-Language", "en");

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().path("code")).isEqualTo(first.json().path("code"));
	}

	@Test
	void scopesAKeyToItsOffice() {
		var key = UUID.randomUUID().toString();
		var otherOffice = TestOffices.create(jdbc, 20, 3);
		var here = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"),
				"Idempotency-Key", key);
		var there = api.book(otherOffice, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"),
				"Idempotency-Key", key);

		assertThat(here.status()).isEqualTo(201);
		assertThat(there.status()).isEqualTo(201);
		assertThat(there.json().path("code")).isNotEqualTo(here.json().path("code"));
	}

	/** The connection dropped after the booking was stored: the browser sends the same form again. */
	@Test
	void theWebFormSentAgainReturnsTheSameBooking() {
		var browser = new Browser(port);
		var form = browser.get("/kantor/" + office + "/booking");
		var fields = filledForm(form, TestOffices.applicationNumber());

		var first = browser.post("/kantor/" + office + "/booking", fields);
		var again = browser.post("/kantor/" + office + "/booking", fields);

		assertThat(first.status()).isEqualTo(302);
		assertThat(again.status()).isEqualTo(302);
		assertThat(again.redirectPath()).isEqualTo(first.redirectPath());
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void theWebFormSentAgainWithOtherDetailsIsAFormErrorNotAnotherBooking() {
		var browser = new Browser(port);
		var form = browser.get("/kantor/" + office + "/booking");
		var fields = filledForm(form, TestOffices.applicationNumber());
		assertThat(browser.post("/kantor/" + office + "/booking", fields).status()).isEqualTo(302);

		fields.put("plateNumber", "B 77 CD");
		var again = browser.post("/kantor/" + office + "/booking", fields);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("error-summary");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	private Map<String, String> filledForm(Browser.Page form, String applicationNumber) {
		return TestForms.booking(form, applicationNumber, tomorrow, "09:00");
	}

}
