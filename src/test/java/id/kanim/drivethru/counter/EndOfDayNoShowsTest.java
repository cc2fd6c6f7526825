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

	/**
	 * At 18:00 UTC it is 01:00 of the next day in Jakarta but 07:00 of the same day in Pago Pago (UTC-11):
	 * the same date has passed at one office and is today at the other. The clock is set in the past, so the
	 * run ends nothing that another test's run would not have ended already.
	 */
	@Test
	void aDayEndsAtMidnightInTheOfficesOwnTimeZone() {
		var jakarta = TestOffices.create(jdbc, 20, 5);
		var pagoPago = TestOffices.create(jdbc, 20, 5);
		jdbc.sql("update office set time_zone = 'Pacific/Pago_Pago' where code = :code").param("code", pagoPago).update();
		var date = TestBookings.today(clock).minusDays(3);
		var ended = TestBookings.book(jdbc, jakarta, date, "09:00", "BH 5 ED");
		var stillToday = TestBookings.book(jdbc, pagoPago, date, "09:00", "BH 6 ED");
		clock.set(date.atTime(18, 0).toInstant(java.time.ZoneOffset.UTC));
		try {
			job.run();
		}
		finally {
			clock.reset();
		}

		assertThat(statuses(ended, stillToday)).containsExactly("NO_SHOW", "BOOKED");
		assertThat(jdbc.sql("""
				select e.office_time from booking_event e join booking b on b.id = e.booking_id where b.code = :code""")
			.param("code", ended)
			.query(java.time.LocalDateTime.class)
			.single()).as("the audit row's office time is Jakarta's").isEqualTo(date.plusDays(1).atTime(1, 0));
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
