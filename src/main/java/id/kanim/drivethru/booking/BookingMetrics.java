package id.kanim.drivethru.booking;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Bookings by result and reason, and how long the booking transaction (the claim of a place) takes, for
 * Prometheus. Every meter is made once at start-up, so counting a booking is an increment and no lookup: a
 * flash crowd's requests pay next to nothing for it (the request-wide observations stay off, see
 * application.properties).
 */
@Component
class BookingMetrics {

	private final Counter booked;

	private final Counter busy;

	private final Map<BookingRefusedException.Reason, Counter> refused = new EnumMap<>(BookingRefusedException.Reason.class);

	private final Timer claim;

	BookingMetrics(MeterRegistry registry) {
		booked = Counter.builder("drivethru.bookings").description("Booking requests by result and reason")
			.tag("result", "booked").tag("reason", "none").register(registry);
		busy = Counter.builder("drivethru.bookings").description("Booking requests by result and reason")
			.tag("result", "busy").tag("reason", "retries-exhausted").register(registry);
		for (var reason : BookingRefusedException.Reason.values()) {
			refused.put(reason, Counter.builder("drivethru.bookings").description("Booking requests by result and reason")
				.tag("result", "refused").tag("reason", reason.name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.register(registry));
		}
		claim = Timer.builder("drivethru.booking.claim")
			.description("Time of the booking transaction that claims a place (lock waits and retries included)")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(registry);
	}

	void booked() {
		booked.increment();
	}

	void refused(BookingRefusedException.Reason reason) {
		refused.get(reason).increment();
	}

	void busy() {
		busy.increment();
	}

	<T> T claim(Supplier<T> transaction) {
		return claim.record(transaction);
	}

}
