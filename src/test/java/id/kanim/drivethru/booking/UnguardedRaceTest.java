package id.kanim.drivethru.booking;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.capacity.UnguardedCapacityClaims;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that the races in {@link BookingRaceTest} can fail: the same race against an app whose capacity
 * claim is a naive read-then-write breaks the quota rule (the CHECK constraint turns the overbooking into
 * server errors, the counters into anything). If this test ever stops failing to book correctly, the race
 * test has lost its teeth.
 */
@IntegrationTest
@Import(UnguardedCapacityClaims.Configuration.class)
class UnguardedRaceTest extends AppTestBase {

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void theQuotaRaceCatchesAReadThenWriteClaim() {
		boolean caught = false;
		for (int round = 0; round < 5 && !caught; round++) {
			var office = TestOffices.create(jdbc, 20, 1000);
			var date = TestOffices.tomorrow(clock);
			var responses = Races.race(200,
					i -> api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:00")));
			caught = !Races.outcomes(responses).equals(Map.of("201", 20L, "409 quota-full", 180L))
					|| !Races.counterMismatches(jdbc, office).isEmpty();
		}
		assertThat(caught).as("an unguarded claim must break the race test's expectations").isTrue();
	}

	@Test
	void theApplicationRaceCatchesAMissingUniqueIndex() {
		var office = TestOffices.create(jdbc, 100, 1000);
		var date = TestOffices.tomorrow(clock);
		var applicationNumber = TestOffices.applicationNumber();
		jdbc.sql("drop index booking_one_active_per_application").update();
		try {
			var responses = Races.race(20, i -> api.book(office, Api.booking(applicationNumber, date, "09:00")));
			assertThat(Races.outcomes(responses).get("201")).isGreaterThan(1L);
		}
		finally {
			jdbc.sql("""
					update booking set status = 'CANCELLED' where application_number = :number and id <> (
					    select min(id) from booking where application_number = :number)""")
				.param("number", applicationNumber)
				.update();
			jdbc.sql("""
					create unique index booking_one_active_per_application
					    on booking (office_id, application_number) where status in """ + BookingStatus.ACTIVE_SQL)
				.update();
		}
	}

}
