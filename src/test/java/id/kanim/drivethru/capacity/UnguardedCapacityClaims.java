package id.kanim.drivethru.capacity;

import java.time.LocalTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mistake the real {@link CapacityClaims} avoids: read the counter, decide in Java, then write. Two
 * transactions that read 19 of 20 both go ahead. Only for proving that the race tests would notice.
 */
public class UnguardedCapacityClaims extends CapacityClaims {

	private final JdbcClient jdbc;

	UnguardedCapacityClaims(JdbcClient jdbc, PublishedAvailability published) {
		super(jdbc, published);
		this.jdbc = jdbc;
	}

	@Override
	public void claim(long dayId, LocalTime slotStart, boolean motorcycle) {
		var room = jdbc.sql("select quota - booked from service_day where id = :day")
			.param("day", dayId)
			.query(Integer.class)
			.single();
		if (room <= 0) {
			throw new CapacityUnavailableException(CapacityUnavailableException.Reason.DAY_FULL);
		}
		jdbc.sql("update slot set booked = booked + 1 where service_day_id = :day and start_time = :start")
			.param("day", dayId)
			.param("start", slotStart)
			.update();
		jdbc.sql("update service_day set booked = booked + 1 where id = :day").param("day", dayId).update();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		CapacityClaims unguardedCapacityClaims(JdbcClient jdbc, PublishedAvailability published) {
			return new UnguardedCapacityClaims(jdbc, published);
		}

	}

}
