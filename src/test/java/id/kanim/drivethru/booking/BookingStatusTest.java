package id.kanim.drivethru.booking;

import java.util.Arrays;
import java.util.EnumSet;

import id.kanim.drivethru.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** "Active" is written once in Java; the partial unique index that enforces it in the database must agree. */
@IntegrationTest
class BookingStatusTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOneActiveBookingIndexCoversExactlyTheActiveStatuses() {
		var definition = jdbc.sql("select indexdef from pg_indexes where indexname = 'booking_one_active_per_application'")
			.query(String.class)
			.single();
		var inIndex = EnumSet.noneOf(BookingStatus.class);
		for (var status : BookingStatus.values()) {
			if (definition.contains("'" + status.name() + "'")) {
				inIndex.add(status);
			}
		}
		assertThat(inIndex).isEqualTo(BookingStatus.ACTIVE);
		assertThat(BookingStatus.ACTIVE_SQL).isEqualTo("('BOOKED', 'ARRIVED')");
	}

	@Test
	void everyActiveBookingEndsWithItsDayAndOnlyActiveOnesDo() {
		assertThat(BookingStatus.endingAtDayEnd()).containsExactlyInAnyOrderElementsOf(BookingStatus.ACTIVE);
		Arrays.stream(BookingStatus.values())
			.forEach(s -> s.atDayEnd().ifPresent(to -> assertThat(s.canMoveTo(to)).as(s + " > " + to).isTrue()));
	}

}
