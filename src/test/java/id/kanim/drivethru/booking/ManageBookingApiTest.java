package id.kanim.drivethru.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/** Cancel and reschedule through the real HTTP API and database, alone and under races. */
@IntegrationTest
class ManageBookingApiTest extends AppTestBase {

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void cancellingFreesThePlaceAtOnceAndCannotBeRepeated() {
		var office = TestOffices.create(jdbc, 1, 1);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date, "09:00");
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:30")).problemType())
			.isEqualTo("quota-full");

		assertThat(api.cancel(code, number).status()).isEqualTo(204);

		assertThat(dayBooked(office, date)).isZero();
		assertThat(api.get("/api/v1/bookings/" + code + "?applicationNumber=" + number).json().path("status")
			.asString()).isEqualTo("CANCELLED");
		var again = api.cancel(code, number);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("not-cancellable");
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:00")).status()).isEqualTo(201);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void aWrongPairGetsTheSameNotFoundAndChangesNothing() {
		var office = TestOffices.create(jdbc, 5, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date, "09:00");

		var wrongNumber = api.cancel(code, TestOffices.applicationNumber());
		var wrongCode = api.cancel("ZZZZ-ZZZZ", number);
		var noNumber = api.delete("/api/v1/bookings/" + code);

		for (var response : new Api.Response[] { wrongNumber, wrongCode, noNumber }) {
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("booking-not-found");
			assertThat(response.json().path("detail").asString()).isEqualTo(wrongNumber.json().path("detail").asString());
		}
		assertThat(dayBooked(office, date)).isEqualTo(1);
	}

	@Test
	void aPastBookingCannotBeCancelled() {
		var office = TestOffices.create(jdbc, 5, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date, "09:00");
		clock.advance(Duration.ofDays(3));

		var response = api.cancel(code, number);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.problemType()).isEqualTo("not-cancellable");
		assertThat(dayBooked(office, date)).isEqualTo(1);
	}

	@Test
	void probingOneCodeWithWrongNumbersIsCutOff() {
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, TestOffices.tomorrow(clock), "09:00");
		for (int i = 0; i < 5; i++) {
			assertThat(api.get("/api/v1/bookings/" + code + "?applicationNumber=WRONG" + i).status()).isEqualTo(404);
		}

		var right = api.get("/api/v1/bookings/" + code + "?applicationNumber=" + number);

		assertThat(right.status()).isEqualTo(429);
		assertThat(right.problemType()).isEqualTo("too-many-lookups");
	}

	@RepeatedTest(3)
	void cancelFreesExactlyOnePlaceWhenRacedWithBookingsForTheLastPlace() {
		var office = TestOffices.create(jdbc, 5, 100);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date, "09:00");
		for (int i = 0; i < 4; i++) {
			book(office, TestOffices.applicationNumber(), date, "10:00");
		}

		// Ten attempts to cancel the same booking race twenty new bookings for the day's only place.
		var responses = Races.race(30, i -> i < 10 ? api.cancel(code, number)
				: api.book(office, Api.booking(TestOffices.applicationNumber(), date, "11:00")));

		var outcomes = Races.outcomes(responses);
		assertThat(outcomes.get("204")).isEqualTo(1L);
		assertThat(outcomes.get("409 not-cancellable")).isEqualTo(9L);
		long booked = outcomes.getOrDefault("201", 0L);
		assertThat(booked).isLessThanOrEqualTo(1L);
		assertThat(outcomes.get("409 quota-full")).isEqualTo(20L - booked);
		assertThat(dayBooked(office, date)).isEqualTo(4 + booked);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void rescheduleMovesTheBookingAndKeepsItsCode() {
		var office = TestOffices.create(jdbc, 5, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date, "09:00");

		var response = api.reschedule(code, number, date.plusDays(2), "13:00");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("code").asString()).isEqualTo(code);
		assertThat(response.json().path("date").asString()).isEqualTo(date.plusDays(2).toString());
		assertThat(response.json().path("slotStart").asString()).isEqualTo("13:00");
		assertThat(dayBooked(office, date)).isZero();
		assertThat(dayBooked(office, date.plusDays(2))).isEqualTo(1);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void rescheduleToAFullDayChangesNothing() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date, "09:00");
		book(office, TestOffices.applicationNumber(), date.plusDays(1), "09:00");

		var response = api.reschedule(code, number, date.plusDays(1), "10:00");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.problemType()).isEqualTo("quota-full");
		var still = api.get("/api/v1/bookings/" + code + "?applicationNumber=" + number).json();
		assertThat(still.path("date").asString()).isEqualTo(date.toString());
		assertThat(still.path("slotStart").asString()).isEqualTo("09:00");
		assertThat(still.path("status").asString()).isEqualTo("BOOKED");
		assertThat(dayBooked(office, date)).isEqualTo(1);
		assertThat(dayBooked(office, date.plusDays(1))).isEqualTo(1);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void rescheduleRefusesBadInputAsABookingWould() {
		var office = TestOffices.create(jdbc, 5, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date, "09:00");

		assertThat(api.reschedule(code, number, date.plusDays(30), "09:00").status()).isEqualTo(400);
		assertThat(api.reschedule(code, number, date, "09:10").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/bookings/" + code + "/reschedule", Map.of("applicationNumber", number)).status())
			.isEqualTo(400);
		assertThat(api.reschedule(code, "WRONG123", date.plusDays(1), "09:00").status()).isEqualTo(404);
		assertThat(dayBooked(office, date)).isEqualTo(1);
	}

	@Test
	void aBookingNeedsPrivacyConsentAndACollectorNameForSomeoneElse() {
		var office = TestOffices.create(jdbc, 5, 5);
		var date = TestOffices.tomorrow(clock);
		var noConsent = Api.booking(TestOffices.applicationNumber(), date, "09:00");
		noConsent.remove("privacyConsent");
		var family = Api.booking(TestOffices.applicationNumber(), date, "09:00");
		family.put("collectorType", "FAMILY");

		var refusedConsent = api.book(office, noConsent);
		var refusedFamily = api.book(office, family);

		assertThat(refusedConsent.status()).isEqualTo(400);
		assertThat(refusedConsent.body()).contains("privacyConsent");
		assertThat(refusedFamily.status()).isEqualTo(400);
		assertThat(refusedFamily.body()).contains("collectorName");
		family.put("collectorName", "Budi Santoso");
		family.put("priority", true);
		assertThat(api.book(office, family).status()).isEqualTo(201);
		var stored = jdbc.sql("""
				select collector_type || ' ' || collector_name || ' ' || priority || ' ' || (consented_at is not null)
				from booking where application_number = :number""")
			.param("number", family.get("applicationNumber"))
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("FAMILY Budi Santoso true true");
	}

	@Test
	void officesWithoutProxiesRefuseSomeoneElseCollecting() {
		var office = TestOffices.create(jdbc, 5, 5);
		jdbc.sql("update office set proxies_allowed = false where code = :code").param("code", office).update();
		var proxy = Api.booking(TestOffices.applicationNumber(), TestOffices.tomorrow(clock), "09:00");
		proxy.put("collectorType", "PROXY");
		proxy.put("collectorName", "Budi Santoso");

		var response = api.book(office, proxy);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("collectorType");
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	@Test
	void refusalsForAFullDayAreCountedOncePerApplicationAndDay() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		book(office, TestOffices.applicationNumber(), date, "09:00");
		var number = TestOffices.applicationNumber();
		var other = TestOffices.applicationNumber();

		for (int i = 0; i < 3; i++) {
			assertThat(api.book(office, Api.booking(number, date, "09:30")).problemType()).isEqualTo("quota-full");
		}
		api.book(office, Api.booking(other, date, "10:00"));

		var recorded = jdbc.sql("""
				select count(*) from unmet_demand u join office o on o.id = u.office_id
				where o.code = :office and u.service_date = :date and u.reason = 'QUOTA_FULL'""")
			.param("office", office)
			.param("date", date)
			.query(Long.class)
			.single();
		assertThat(recorded).isEqualTo(2);
	}

	private String book(String office, String number, LocalDate date, String slot) {
		var response = api.book(office, Api.booking(number, date, slot));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("code").asString();
	}

	private int dayBooked(String office, LocalDate date) {
		return jdbc.sql("""
				select d.booked from service_day d join office o on o.id = d.office_id
				where o.code = :office and d.service_date = :date""")
			.param("office", office)
			.param("date", date)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

}
