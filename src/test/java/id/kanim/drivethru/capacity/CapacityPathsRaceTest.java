package id.kanim.drivethru.capacity;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.planning.QuotaPlanning;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path that touches a day's counters, raced against bookings of the same day and slots, through the
 * real HTTP stack and the real database: nobody sees a 500, counters equal the active bookings, no limit is
 * passed, and no transaction had to be retried (the lock order of {@link CapacityClaims} leaves no deadlock
 * for the retry to catch). {@link UnguardedLockOrderTest} runs the same races against the old lock order and
 * must see them fail.
 */
@IntegrationTest
class CapacityPathsRaceTest extends AppTestBase {

	static final int THREADS = 60;

	/** Holders who cancel in the cancellation race, as many as people waiting. */
	static final int CANCELLING = 20;

	@Autowired
	QuotaPlanning planning;

	@Autowired
	WaitingList waitingList;

	@Autowired
	CapacityTransactions transactions;

	CapacityPathRaces races;

	@BeforeEach
	void setUp() {
		races = new CapacityPathRaces(new Api(port), jdbc, clock, planning, waitingList);
	}

	@RepeatedTest(5)
	void supervisorChangesRacedAgainstBookingsOfTheSameSlotsNeitherFailNorDeadlock() {
		long retriesBefore = transactions.retriesSoFar();

		var result = races.supervisorsAgainstBookings(THREADS);

		assertThat(result.failures()).as("%s", result.outcomes()).isEmpty();
		assertThat(result.outcomes()).containsKeys("201", "planning ok");
		assertThat(result.mismatches()).isEmpty();
		assertThat(result.overLimits()).isEmpty();
		assertThat(transactions.retriesSoFar()).as("transactions aborted by the database").isEqualTo(retriesBefore);
	}

	@RepeatedTest(5)
	void cancellationsPromoteTheWaitingIntoTheSlotNewcomersAreBooking() {
		long retriesBefore = transactions.retriesSoFar();

		var result = races.cancelsAgainstBookingsOfThePromotedSlot(THREADS, CANCELLING);

		assertThat(result.outcomes())
			.isEqualTo(java.util.Map.of("204", (long) CANCELLING, "409 quota-full", (long) THREADS - CANCELLING));
		assertThat(jdbc.sql("""
				select count(*) from waiting_entry w join office o on o.id = w.office_id
				where o.code = :office and w.status = 'PROMOTED'""")
			.param("office", result.office())
			.query(Long.class)
			.single()).isEqualTo(CANCELLING);
		assertThat(Races.activeBookings(jdbc, result.office())).isEqualTo(CANCELLING);
		assertThat(result.mismatches()).isEmpty();
		assertThat(transactions.retriesSoFar()).isEqualTo(retriesBefore);
	}

	@RepeatedTest(5)
	void movesWithinAFullDayWorkAndMovesIntoItChangeNothing() {
		long retriesBefore = transactions.retriesSoFar();

		var result = races.movesOnFullDays(THREADS);

		assertThat(result.outcomes()).isEqualTo(java.util.Map.of("same-day move 200", 10L,
				"move to full day 409 quota-full", 10L, "409 quota-full", (long) THREADS - 20));
		assertThat(Races.activeBookings(jdbc, result.office())).isEqualTo(20);
		assertThat(result.mismatches()).isEmpty();
		// Once for each refused mover and newcomer; none for those who moved within the day.
		assertThat(races.unmetDemand(result.office(), CapacityPathRaces.firstDay(clock))).isEqualTo(THREADS - 10);
		assertThat(transactions.retriesSoFar()).isEqualTo(retriesBefore);
	}

}
