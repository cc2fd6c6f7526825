package id.kanim.drivethru.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a fresh office for one test, so tests never see each other's bookings in the shared database.
 * Open every day of the week, so "tomorrow" is always bookable whatever day the tests run.
 */
public final class TestOffices {

	public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final AtomicInteger counter = new AtomicInteger();

	private TestOffices() {
	}

	/** A new office, 09:00-15:00 in 30-minute slots, horizon 14 days. Returns its code. */
	public static String create(JdbcClient jdbc, int quota, int slotCapacity) {
		return create(jdbc, quota, slotCapacity, "1,2,3,4,5,6,7");
	}

	public static String create(JdbcClient jdbc, int quota, int slotCapacity, String openWeekdays) {
		var code = "t" + counter.incrementAndGet() + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		jdbc.sql("""
				insert into office (code, name, address, time_zone, opens_at, closes_at, slot_minutes, default_quota,
				    default_slot_capacity, open_weekdays, booking_horizon_days, proxies_allowed)
				values (:code, :name, 'Jl. Uji No. 1, Kota Uji', 'Asia/Jakarta', '09:00', '15:00', 30, :quota,
				    :capacity, :weekdays, 14, true)""")
			.param("code", code)
			.param("name", "Kantor Uji " + code)
			.param("quota", quota)
			.param("capacity", slotCapacity)
			.param("weekdays", openWeekdays)
			.update();
		return code;
	}

	/** Tomorrow in Jakarta: the first bookable date. */
	public static LocalDate tomorrow(Clock clock) {
		return LocalDate.now(clock.withZone(JAKARTA)).plusDays(1);
	}

	/** An application number nobody else in the run uses. */
	public static String applicationNumber() {
		return "APP" + Long.toString(System.nanoTime(), 36).toUpperCase() + counter.incrementAndGet();
	}

}
