package id.kanim.drivethru.notification;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.ManageBookings;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new booking's messages are written from the booking as inserted (carried by its event), no longer read back
 * in its transaction: they are exactly the texts written from the row as stored, in both languages, with another
 * collector too.
 */
@IntegrationTest
class WrittenBookingMessagesTest extends AppTestBase {

	@Autowired
	ManageBookings bookings;

	@Autowired
	Notifier notifier;

	@Test
	void writesTheSameMessagesAsFromTheStoredRow() {
		var office = TestOffices.create(jdbc, 5, 5);
		var plain = Api.booking(TestOffices.applicationNumber(), TestOffices.tomorrow(clock), "09:00");
		var proxy = Api.booking(TestOffices.applicationNumber(), TestOffices.tomorrow(clock), "10:00");
		proxy.put("collectorType", "FAMILY");
		proxy.put("collectorName", "Budi Santoso");
		var api = new Api(port);
		for (var request : new Object[][] { { plain, "id" }, { proxy, "en" } }) {
			@SuppressWarnings("unchecked")
			var body = (java.util.Map<String, Object>) request[0];
			var response = api.book(office, body, "Cookie", "lang=" + request[1]);
			assertThat(response.status()).as(response.body()).isEqualTo(201);
			var code = BookingCode.parse(response.json().path("code").asString()).orElseThrow();
			long id = jdbc.sql("select id from booking where code = :code").param("code", code.value())
				.query(Long.class).single();
			var stored = bookings.byId(id).orElseThrow();
			var locale = Locale.forLanguageTag("en".equals(stored.getLanguage()) ? "en" : "id");
			var phone = jdbc.sql("select body from outbox_message where reference = :ref and channel = 'PHONE'")
				.param("ref", code.display()).query(String.class).single();
			var mail = jdbc.sql("select body from outbox_message where reference = :ref and channel = 'EMAIL'")
				.param("ref", code.display()).query(String.class).single();
			assertThat(phone).isEqualTo(notifier.phoneText(stored, Notifier.Topic.CONFIRMED, locale));
			assertThat(mail).isEqualTo(notifier.body(stored, Notifier.Topic.CONFIRMED, locale));
			assertThat(stored.getLanguage()).isEqualTo(request[1]);
		}
	}

}
