package id.kanim.drivethru.capacity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.NewBooking;
import id.kanim.drivethru.booking.VehicleType;
import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No request holds two connections: with a pool of only two, twenty people joining a waiting list at once,
 * right after a restart (no day id cached yet), are all answered within five seconds. The control shows
 * the harness catches the old shape (a transaction of its own opened inside an open one): the same twenty
 * callers then starve the pool.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=4000" })
class PoolOfTwoTest {

	static final int CALLERS = 20;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	WaitingList waitingList;

	@Autowired
	ServiceDays serviceDays;

	@Autowired
	Offices offices;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twentyJoinsAfterARestartAreAllAnsweredWithinFiveSeconds() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		fullDayMadeBeforeTheRestart(office, date);

		long start = System.nanoTime();
		var results = Races.together(CALLERS, i -> {
			try {
				return waitingList.join(office, new NewBooking(TestOffices.applicationNumber(), "Rina Wati",
						"+6281234567890", null, VehicleType.CAR, "BH 1 A", date, LocalTime.of(9, 0))).status();
			}
			catch (RuntimeException ex) {
				return ex.getClass().getSimpleName();
			}
		});
		var elapsed = Duration.ofNanos(System.nanoTime() - start);

		assertThat(results).containsOnly("WAITING");
		assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void theOldShapeATransactionInsideATransactionStarvesThePool() {
		var outer = new TransactionTemplate(transactions);
		var inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		var results = Races.together(CALLERS, i -> {
			try {
				return outer.execute(s -> {
					jdbc.sql("select 1").query(Integer.class).single();
					sleep(); // the outer work holds its connection, as a join's reads did
					return inner.execute(t -> jdbc.sql("select 1").query(Integer.class).single()).toString();
				});
			}
			catch (RuntimeException ex) {
				return "failed";
			}
		});

		assertThat(results).contains("failed");
	}

	@Test
	void aServiceDayIsNeverCreatedInsideAnOpenTransaction() {
		var office = offices.byCode(TestOffices.create(jdbc, 1, 5));
		var date = TestOffices.tomorrow(clock);

		assertThatThrownBy(() -> new TransactionTemplate(transactions)
			.execute(s -> serviceDays.ensure(office, date))).isInstanceOf(IllegalStateException.class);
	}

	/** The day exists in the database (full, with its slots) but this app instance has not seen it yet. */
	private void fullDayMadeBeforeTheRestart(String office, java.time.LocalDate date) {
		long dayId = jdbc.sql("""
				insert into service_day (office_id, service_date, quota, booked)
				select id, :date, 0, 0 from office where code = :office returning id""")
			.param("date", date)
			.param("office", office)
			.query(Long.class)
			.single();
		for (int h = 9; h < 15; h++) {
			jdbc.sql("insert into slot (service_day_id, start_time, end_time, capacity) values (:day, :s, :e, 5)")
				.param("day", dayId)
				.param("s", LocalTime.of(h, 0))
				.param("e", LocalTime.of(h, 30))
				.update();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
