package id.kanim.drivethru.capacity;

import java.time.Clock;
import java.util.HashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * When the database keeps aborting a capacity change even after the retries, the caller is asked to try
 * again: a 503 problem from the API, a friendly 503 page in the reader's language from a form, never a 500,
 * and nothing stored. (The retries running out is simulated; {@link CapacityTransactionsTest} and
 * {@link UnguardedLockOrderTest} make it happen for real.)
 */
@IntegrationTest
class TryAgainTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@MockitoBean
	CapacityTransactions transactions;

	String office;

	@BeforeEach
	void setUp() {
		office = TestOffices.create(jdbc, 20, 5);
		given(transactions.run(any())).willThrow(new CapacityBusyException(new CannotAcquireLockException("deadlock")));
	}

	@Test
	void theApiAnswersAProblemThatSaysTryAgain() {
		var response = new Api(port).book(office,
				Api.booking(TestOffices.applicationNumber(), TestOffices.tomorrow(clock), "09:00"));

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.problemType()).isEqualTo("try-again");
		assertThat(response.json().path("title").asString()).isEqualTo("Sedang ramai, coba lagi");
		assertThat(bookings()).isZero();
	}

	@Test
	void theFormAnswersAPageThatSaysTryAgainInEitherLanguage() {
		for (var language : new String[] { "", "?lang=en" }) {
			var browser = new WebSession(port);
			var path = "/kantor/" + office + "/booking";
			var form = browser.get(path + (language.isEmpty() ? "?" : language + "&") + "date="
					+ TestOffices.tomorrow(clock) + "&slotStart=09:00");
			var fields = new HashMap<String, String>();
			fields.put("_csrf", form.csrf());
			fields.put("formToken", form.input("formToken"));
			fields.put("applicationNumber", TestOffices.applicationNumber());
			fields.put("fullName", "Budi Santoso");
			fields.put("phone", "0812 3456 7890");
			fields.put("email", "");
			fields.put("vehicleType", "CAR");
			fields.put("plateNumber", "bh 1 ab");
			fields.put("date", TestOffices.tomorrow(clock).toString());
			fields.put("slotStart", "09:00");
			fields.put("requirementsRead", "true");
			fields.put("privacyConsent", "true");

			var page = browser.post(path, fields);

			assertThat(page.status()).isEqualTo(503);
			assertThat(page.body()).contains(language.isEmpty() ? "Sedang ramai, coba lagi" : "Busy, please try again");
		}
		assertThat(bookings()).isZero();
	}

	private long bookings() {
		return jdbc.sql("select count(*) from booking b join office o on o.id = b.office_id where o.code = :office")
			.param("office", office)
			.query(Long.class)
			.single();
	}

}
