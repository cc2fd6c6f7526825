package id.kanim.drivethru.capacity;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestForms;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.dao.CannotAcquireLockException;
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
class TryAgainTest extends AppTestBase {

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
			var browser = new Browser(port);
			var path = "/kantor/" + office + "/booking";
			var form = browser.get(path + (language.isEmpty() ? "?" : language + "&") + "date="
					+ TestOffices.tomorrow(clock) + "&slotStart=09:00");
			var fields = TestForms.booking(form, TestOffices.applicationNumber(), TestOffices.tomorrow(clock), "09:00");

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
