package id.kanim.drivethru.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Same-day booking is an office setting, off by default: when on, today's free places (a cancellation this
 * morning) can be booked until the office's time, but never a slot that is already over.
 */
@IntegrationTest
class SameDayBookingTest extends AppTestBase {

	Api api;

	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		today = LocalDate.now(clock.withZone(TestOffices.JAKARTA));
		clock.set(ZonedDateTime.of(today, LocalTime.of(10, 15), TestOffices.JAKARTA).toInstant());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void withoutTheSettingTodayCannotBeBooked() {
		var office = TestOffices.create(jdbc, 20, 5);

		assertThat(book(office, "13:00")).isEqualTo("400");
	}

	@Test
	void withTheSettingTodaysLaterSlotsCanBeBookedUntilTheOfficesTime() {
		var office = TestOffices.create(jdbc, 20, 5);
		jdbc.sql("update office set same_day_booking_until = '12:00' where code = :code").param("code", office).update();

		assertThat(book(office, "13:00")).as("a later slot today").isEqualTo("201");
		assertThat(book(office, "09:30")).as("a slot already over").isEqualTo("400");
		var day = api.get("/api/v1/offices/" + office + "/availability").json().get(0);
		assertThat(day.path("date").asString()).isEqualTo(today.toString());
		assertThat(day.path("slots").get(0).path("remaining").asInt()).as("09:00, over").isZero();
		assertThat(day.path("slots").get(8).path("start").asString()).isEqualTo("13:00");
		assertThat(day.path("slots").get(8).path("remaining").asInt()).as("13:00, later today").isEqualTo(4);

		clock.set(ZonedDateTime.of(today, LocalTime.of(12, 0), TestOffices.JAKARTA).toInstant());
		assertThat(book(office, "14:00")).as("after the same-day time").isEqualTo("400");
	}

	private String book(String office, String slot) {
		return String.valueOf(api.book(office, Api.booking(TestOffices.applicationNumber(), today, slot)).status());
	}

}
