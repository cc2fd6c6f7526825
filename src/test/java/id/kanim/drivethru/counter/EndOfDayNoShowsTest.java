package id.kanim.drivethru.counter;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.MutableClock;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The end-of-day job: past BOOKED bookings become NO_SHOW once, however often and however many run it. */
@IntegrationTest
class EndOfDayNoShowsTest {

	@Autowired
	EndOfDayNoShows job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void pastBookedBookingsBecomeNoShowsAndRunningAgainChangesNothing() {
		var office = TestOffices.create(jdbc, 20, 5);
		var today = TestBookings.today(clock);
		var yesterday = TestBookings.book(jdbc, office, today.minusDays(1), "09:00", "BH 1 ED");
		var lastWeek = TestBookings.book(jdbc, office, today.minusDays(7), "14:30", "BH 2 ED");
		var collected = TestBookings.book(jdbc, office, today.minusDays(1), "09:00", "BH 3 ED");
		jdbc.sql("update booking set status = 'COLLECTED' where code = :c").param("c", collected).update();
		var stillToday = TestBookings.book(jdbc, office, today, "09:00", "BH 4 ED");

		job.run();
		var second = job.run();

		assertThat(second).as("nothing is left to do").isZero();
		assertThat(statuses(yesterday, lastWeek, collected, stillToday))
			.containsExactly("NO_SHOW", "NO_SHOW", "COLLECTED", "BOOKED");
		assertThat(events(yesterday)).containsExactly("END_OF_DAY BOOKED>NO_SHOW system");
		assertThat(events(lastWeek)).hasSize(1);
		assertThat(events(collected)).isEmpty();
	}

	@Test
	void twoInstancesRunningAtOnceMarkEachBookingOnce() {
		var office = TestOffices.create(jdbc, 200, 200);
		var yesterday = TestBookings.today(clock).minusDays(1);
		var codes = new java.util.ArrayList<String>();
		for (int i = 0; i < 40; i++) {
			codes.add(TestBookings.book(jdbc, office, yesterday, "09:00", "BH " + (i + 1) + " CX"));
		}

		var counts = Races.together(4, i -> job.run());

		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(40);
		for (var code : codes) {
			assertThat(TestBookings.status(jdbc, code)).isEqualTo("NO_SHOW");
			assertThat(events(code)).as(code).hasSize(1);
		}
	}

	private List<String> statuses(String... codes) {
		return java.util.Arrays.stream(codes).map(c -> TestBookings.status(jdbc, c)).toList();
	}

	private List<String> events(String code) {
		return LoketSteps.audit(jdbc, code);
	}

}
