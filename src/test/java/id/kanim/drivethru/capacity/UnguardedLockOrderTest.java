package id.kanim.drivethru.capacity;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.planning.QuotaPlanning;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that {@link CapacityPathsRaceTest} can fail: the same races against the old lock order (claims lock
 * the slot first, everything else the day first), with the retry safety net turned off so that every
 * deadlock reaches the caller. Each race must break the expectations the real app meets. It also shows what
 * a caller gets when the retries run out: a 503 "try again" problem, never a 500.
 *
 * <p>The cancellation race of {@link CapacityPathsRaceTest} has no such control here: under the old order
 * it did not deadlock in repeated rounds, because a claim on a full day never waits for the day row (its
 * {@code booked < quota} fails on the row it reads, so it takes no lock), and a day with people waiting is
 * full. That race still checks exact outcomes, counters and that nothing was retried.
 */
@IntegrationTest
@Import(UnguardedLockOrderClaims.Configuration.class)
@TestPropertySource(properties = "drivethru.capacity.transaction-retries=0")
class UnguardedLockOrderTest extends AppTestBase {

	@Autowired
	QuotaPlanning planning;

	@Autowired
	WaitingList waitingList;

	CapacityPathRaces races;

	@BeforeEach
	void setUp() {
		races = new CapacityPathRaces(new Api(port), jdbc, clock, planning, waitingList);
	}

	@Test
	void supervisorChangesDeadlockWithBookingsUnderTheOldLockOrder() {
		boolean caught = false;
		for (int round = 0; round < 5 && !caught; round++) {
			var result = races.supervisorsAgainstBookings(CapacityPathsRaceTest.THREADS);
			caught = !result.failures().isEmpty();
			assertThat(result.outcomes().keySet()).noneMatch(o -> o.startsWith("500"));
		}
		assertThat(caught).as("the old lock order must deadlock in the supervisors' race").isTrue();
	}

}
