package id.kanim.drivethru.booking;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quota and the one-booking-per-application rule under simultaneous requests, through the real HTTP
 * stack and the real database. {@link UnguardedRaceTest} shows that these races catch an implementation
 * without the guards.
 */
@IntegrationTest
class BookingRaceTest extends AppTestBase {

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@RepeatedTest(5)
	void twoHundredSimultaneousBookingsFillAQuotaOfTwentyExactly() {
		var office = TestOffices.create(jdbc, 20, 1000);
		var date = TestOffices.tomorrow(clock);

		var responses = Races.race(200, i -> api.book(office,
				Api.booking(TestOffices.applicationNumber(), date, i % 2 == 0 ? "09:00" : "10:30")));

		assertThat(Races.outcomes(responses)).isEqualTo(Map.of("201", 20L, "409 quota-full", 180L));
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(20);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@RepeatedTest(5)
	void twentySimultaneousBookingsOfOneApplicationMakeOneBooking() {
		var office = TestOffices.create(jdbc, 100, 1000);
		var date = TestOffices.tomorrow(clock);
		var applicationNumber = TestOffices.applicationNumber();

		var responses = Races.race(20, i -> api.book(office,
				Api.booking(applicationNumber, date.plusDays(i % 3), "09:00")));

		assertThat(Races.outcomes(responses)).isEqualTo(Map.of("201", 1L, "409 duplicate-application", 19L));
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@RepeatedTest(3)
	void aSlotNeverTakesMoreThanItsCapacity() {
		var office = TestOffices.create(jdbc, 100, 3);
		var date = TestOffices.tomorrow(clock);

		var responses = Races.race(40, i -> api.book(office,
				Api.booking(TestOffices.applicationNumber(), date, "11:00")));

		assertThat(Races.outcomes(responses)).isEqualTo(Map.of("201", 3L, "409 slot-full", 37L));
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

}
