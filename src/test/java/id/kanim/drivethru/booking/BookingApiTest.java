package id.kanim.drivethru.booking;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/** The booking API's rules, refusals and normalisation, over real HTTP against real PostgreSQL. */
@IntegrationTest
class BookingApiTest extends OfficeTestBase {

	@Test
	void booksASlotAndReturnsTheBookingWithoutPersonalData() {
		var response = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:30"));

		assertThat(response.status()).isEqualTo(201);
		var json = response.json();
		assertThat(json.path("code").asString()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(json.path("status").asString()).isEqualTo("BOOKED");
		assertThat(json.path("office").asString()).isEqualTo(office);
		assertThat(json.path("date").asString()).isEqualTo(tomorrow.toString());
		assertThat(json.path("slotStart").asString()).isEqualTo("09:30");
		assertThat(json.path("slotEnd").asString()).isEqualTo("10:00");
		assertThat(json.path("plateNumber").asString()).isEqualTo("BH 1234 XY");
		assertThat(json.path("vehicleType").asString()).isEqualTo("CAR");
		assertThat(response.body()).doesNotContain("Siti", "0812", "+62", "siti@");
	}

	@Test
	void normalisesWhatItStores() {
		var body = Api.booking("  abc123def  ", tomorrow, "09:00");
		body.put("fullName", "  Muhammad   Rizky  ");
		body.put("phone", "+62 812-3456-7890");
		body.put("plateNumber", "bh1234xy");
		body.put("vehicleType", "motorcycle");

		var response = api.book(office, body);

		assertThat(response.status()).isEqualTo(201);
		var stored = jdbc.sql("""
				select application_number || '|' || full_name || '|' || phone || '|' || plate_number || '|' || vehicle_type
				from booking where code = :code""")
			.param("code", response.json().path("code").asString().replace("-", ""))
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("ABC123DEF|Muhammad Rizky|+6281234567890|BH 1234 XY|MOTORCYCLE");
	}

	@Test
	void findsABookingByCodeInAnyCaseWithOrWithoutTheDash() {
		var number = TestOffices.applicationNumber();
		var code = api.book(office, Api.booking(number, tomorrow, "09:00")).json().path("code").asString();

		for (var typed : List.of(code, code.toLowerCase(), code.replace("-", ""), code.replace("-", " "))) {
			var found = api.get("/api/v1/bookings/" + typed.replace(" ", "%20") + "?applicationNumber=" + number);
			assertThat(found.status()).as(typed).isEqualTo(200);
			assertThat(found.json().path("code").asString()).isEqualTo(code);
		}
	}

	@Test
	void answersAWrongCodeAndAWrongApplicationNumberAlike() {
		var number = TestOffices.applicationNumber();
		var code = api.book(office, Api.booking(number, tomorrow, "09:00")).json().path("code").asString();

		var wrongNumber = api.get("/api/v1/bookings/" + code + "?applicationNumber=XYZ999999");
		var wrongCode = api.get("/api/v1/bookings/ZZZZ-ZZZZ?applicationNumber=" + number);
		var noNumber = api.get("/api/v1/bookings/" + code);

		for (var response : List.of(wrongNumber, wrongCode, noNumber)) {
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.problemType()).isEqualTo("booking-not-found");
		}
		assertThat(wrongNumber.json().path("detail")).isEqualTo(wrongCode.json().path("detail"));
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("applicationNumber", "ABC12"), Arguments.of("applicationNumber", "ABC-123456"),
				Arguments.of("applicationNumber", "A".repeat(33)), Arguments.of("applicationNumber", ""),
				Arguments.of("fullName", "S"), Arguments.of("fullName", "Siti 2"), Arguments.of("fullName", "x".repeat(101)),
				Arguments.of("fullName", "<script>"), Arguments.of("fullName", null),
				Arguments.of("phone", "0211234567"), Arguments.of("phone", "+6591234567"), Arguments.of("phone", "12"),
				Arguments.of("phone", "08123"), Arguments.of("phone", null),
				Arguments.of("email", "not-an-email"), Arguments.of("email", "a@b"),
				Arguments.of("vehicleType", "BUS"), Arguments.of("vehicleType", null),
				Arguments.of("plateNumber", "1234 XY"), Arguments.of("plateNumber", "BHX 1234 XY"),
				Arguments.of("plateNumber", "BH 12345 XY"), Arguments.of("plateNumber", "BH 1234 XYZW"),
				Arguments.of("plateNumber", "BH XY"), Arguments.of("plateNumber", ""),
				Arguments.of("date", "30-11-2026"), Arguments.of("date", "2026-02-30"), Arguments.of("date", null),
				Arguments.of("slotStart", "9 pagi"), Arguments.of("slotStart", null));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("invalidFields")
	void refusesAnInvalidFieldSayingWhichAndStoresNothing(String field, String value) {
		var number = TestOffices.applicationNumber();
		var body = Api.booking(number, tomorrow, "09:00");
		body.put(field, value);

		var response = api.book(office, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.problemType()).isEqualTo("invalid-booking");
		var errors = response.json().path("errors");
		assertThat(errors.size()).isEqualTo(1);
		assertThat(errors.get(0).path("field").asString()).isEqualTo(field);
		assertThat(errors.get(0).path("message").asString()).isNotBlank();
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	@Test
	void acceptsAnEmptyOptionalEmail() {
		var body = Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00");
		body.put("email", "");
		assertThat(api.book(office, body).status()).isEqualTo(201);
	}

	@Test
	void refusesUnreadableJson() {
		var response = api.post("/api/v1/offices/" + office + "/bookings", "{\"applicationNumber\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("invalid-booking");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
	}

	@Test
	void refusesDatesOutsideTheHorizon() {
		var today = tomorrow.minusDays(1);
		for (var date : List.of(today, tomorrow.plusDays(14), tomorrow.minusDays(30))) {
			var response = api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:00"));
			assertThat(response.status()).as(date.toString()).isEqualTo(400);
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("date");
		}
		var lastDay = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow.plusDays(13), "09:00"));
		assertThat(lastDay.status()).isEqualTo(201);
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void refusesATimeThatIsNotOneOfTheOfficesSlots() {
		for (var time : List.of("09:15", "08:30", "15:00")) {
			var response = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, time));
			assertThat(response.status()).as(time).isEqualTo(400);
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("slotStart");
		}
	}

	@Test
	void refusesADayTheOfficeDoesNotServe() {
		var onlyTheDayAfterTomorrow = String.valueOf(tomorrow.plusDays(1).getDayOfWeek().getValue());
		var weekdayOffice = TestOffices.create(jdbc, 20, 3, onlyTheDayAfterTomorrow);

		var response = api.book(weekdayOffice, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.problemType()).isEqualTo("day-closed");
		assertThat(api.book(weekdayOffice, Api.booking(TestOffices.applicationNumber(), tomorrow.plusDays(1), "09:00"))
			.status()).isEqualTo(201);
	}

	@Test
	void refusesAClosedDayAndShowsItsReason() {
		api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"));
		jdbc.sql("""
				update service_day set closed = true, closed_reason = 'Rapat dinas'
				where service_date = :date and office_id = (select id from office where code = :office)""")
			.param("date", tomorrow)
			.param("office", office)
			.update();

		var response = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "10:00"));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.problemType()).isEqualTo("day-closed");
		var day = api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow).json().get(0);
		assertThat(day.path("status").asString()).isEqualTo("CLOSED");
		assertThat(day.path("closedReason").asString()).isEqualTo("Rapat dinas");
		assertThat(day.path("remaining").asInt()).isZero();
	}

	@Test
	void refusesAFullSlotButNotTheRestOfTheDay() {
		for (int i = 0; i < 3; i++) {
			assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "13:00")).status())
				.isEqualTo(201);
		}
		var full = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "13:00"));
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.problemType()).isEqualTo("slot-full");
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "13:30")).status())
			.isEqualTo(201);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void refusesASecondActiveBookingForTheSameApplication() {
		var number = TestOffices.applicationNumber();
		assertThat(api.book(office, Api.booking(number, tomorrow, "09:00")).status()).isEqualTo(201);

		var second = api.book(office, Api.booking(number.toLowerCase(), tomorrow.plusDays(2), "10:00"));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("duplicate-application");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void answersARetryWithTheSameIdempotencyKeyWithTheFirstBooking() {
		var key = UUID.randomUUID().toString();
		var body = Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00");

		var first = api.book(office, body, "Idempotency-Key", key);
		var retry = api.book(office, body, "Idempotency-Key", key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().path("code")).isEqualTo(first.json().path("code"));
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void answersSimultaneousRetriesWithOneBooking() {
		var key = UUID.randomUUID().toString();
		var body = Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00");

		var responses = Races.race(10, i -> api.book(office, body, "Idempotency-Key", key));

		assertThat(Races.outcomes(responses)).isEqualTo(Map.of("201", 10L));
		assertThat(responses.stream().map(r -> r.json().path("code").asString()).distinct()).hasSize(1);
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void refusesAnOverlongIdempotencyKey() {
		var response = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"),
				"Idempotency-Key", "k".repeat(65));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
	}

	@Test
	void answersAnUnknownOfficeWith404() {
		var response = api.book("no-such-office", Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.problemType()).isEqualTo("unknown-office");
		assertThat(api.get("/api/v1/offices/no-such-office/availability").status()).isEqualTo(404);
	}

	@Test
	void showsRemainingPlacesPerDayAndSlot() {
		var number = TestOffices.applicationNumber();
		api.book(office, Api.booking(number, tomorrow, "09:00"));

		var days = api.get("/api/v1/offices/" + office + "/availability").json();

		assertThat(days.size()).isEqualTo(14);
		var first = days.get(0);
		assertThat(first.path("date").asString()).isEqualTo(tomorrow.toString());
		assertThat(first.path("status").asString()).isEqualTo("OPEN");
		assertThat(first.path("quota").asInt()).isEqualTo(20);
		assertThat(first.path("booked").asInt()).isEqualTo(1);
		assertThat(first.path("remaining").asInt()).isEqualTo(19);
		assertThat(first.path("slots").size()).isEqualTo(12);
		assertThat(first.path("slots").get(0).path("start").asString()).isEqualTo("09:00");
		assertThat(first.path("slots").get(0).path("remaining").asInt()).isEqualTo(2);
		assertThat(days.get(1).path("booked").asInt()).isZero();
	}

	@Test
	void showsAFullDayAsFull() {
		var small = TestOffices.create(jdbc, 2, 3);
		api.book(small, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"));
		api.book(small, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:30"));

		var day = api.get("/api/v1/offices/" + small + "/availability?from=" + tomorrow + "&to=" + tomorrow).json().get(0);
		var refused = api.book(small, Api.booking(TestOffices.applicationNumber(), tomorrow, "10:00"));

		assertThat(day.path("status").asString()).isEqualTo("FULL");
		assertThat(day.path("remaining").asInt()).isZero();
		assertThat(refused.problemType()).isEqualTo("quota-full");
	}

	@Test
	void answersInEnglishWhenAskedTo() {
		var body = Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00");
		body.put("plateNumber", "???");
		var response = api.post("/api/v1/offices/" + office + "/bookings?lang=en", body);
		assertThat(response.json().path("errors").get(0).path("message").asString()).contains("plate");
	}

	@Test
	void explainsAnUnreadableDateParameter() {
		var response = api.get("/api/v1/offices/" + office + "/availability?from=kemarin");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("invalid-request");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("from");
		assertThat(response.json().path("errors").get(0).path("message").asString()).contains("TTTT-BB-HH");
	}

}
