package id.kanim.drivethru.capacity;

import java.time.Clock;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry safety net: a real deadlock is run again and succeeds; an endless one ends in "try again". */
@IntegrationTest
class CapacityTransactionsTest {

	@Autowired
	CapacityTransactions transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ServiceDays serviceDays;

	@Autowired
	Offices offices;

	@Test
	void aRealDeadlockIsRunAgainAndBothChangesCommit() {
		var office = offices.byCode(TestOffices.create(jdbc, 20, 5));
		long first = serviceDays.ensure(office, TestOffices.tomorrow(clock));
		long second = serviceDays.ensure(office, TestOffices.tomorrow(clock).plusDays(1));
		var bothHoldOne = new CyclicBarrier(2);
		var attempts = new AtomicInteger();
		long retriesBefore = transactions.retriesSoFar();

		// Two changes taking the same two days in opposite orders: PostgreSQL aborts one as a deadlock victim.
		var results = Races.together(2, i -> transactions.run(() -> {
			long mine = i == 0 ? first : second;
			long theirs = i == 0 ? second : first;
			jdbc.sql("update service_day set quota = quota + 1 where id = :day").param("day", mine).update();
			if (attempts.incrementAndGet() <= 2) {
				await(bothHoldOne);
			}
			jdbc.sql("update service_day set quota = quota + 1 where id = :day").param("day", theirs).update();
			return "done";
		}));

		assertThat(results).containsExactly("done", "done");
		assertThat(transactions.retriesSoFar() - retriesBefore).isEqualTo(1);
		assertThat(jdbc.sql("select sum(quota) from service_day where id in (:a, :b)")
			.param("a", first).param("b", second).query(Integer.class).single()).isEqualTo(44);
	}

	@Test
	void aConflictThatNeverClearsAsksTheCallerToTryAgainWithNothingChanged() {
		var calls = new AtomicInteger();

		assertThatThrownBy(() -> transactions.run(() -> {
			calls.incrementAndGet();
			throw new CannotAcquireLockException("deadlock detected");
		})).isInstanceOf(CapacityBusyException.class);
		assertThat(calls.get()).as("the first run and each retry").isEqualTo(5);
	}

	@Test
	void otherFailuresAreNotRetried() {
		var calls = new AtomicInteger();

		assertThatThrownBy(() -> transactions.run(() -> {
			calls.incrementAndGet();
			throw new CapacityUnavailableException(CapacityUnavailableException.Reason.DAY_FULL);
		})).isInstanceOf(CapacityUnavailableException.class);
		assertThat(calls.get()).isEqualTo(1);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
