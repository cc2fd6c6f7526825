package id.kanim.drivethru.messaging;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The message backlog for Prometheus: messages waiting for delivery, messages given up, and the age of the
 * oldest waiting one. Read from the backlog the worker counts after each run, never from the database, so a
 * scrape costs nothing. Every instance that runs the worker reports the same numbers (they are the database's):
 * alert on the maximum over instances, not the sum.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final OutboxWorker worker;

	private final Clock clock;

	OutboxMetrics(OutboxWorker worker, Clock clock) {
		this.worker = worker;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("drivethru.messages.pending", worker, w -> w.backlog().pending())
			.description("Messages queued for delivery (first try or a retry), counted up to " + OutboxWorker.COUNTED_UP_TO).register(registry);
		Gauge.builder("drivethru.messages.failed", worker, w -> w.backlog().failed())
			.description("Messages given up after their last try, waiting for a supervisor, counted up to "
					+ OutboxWorker.COUNTED_UP_TO).register(registry);
		Gauge.builder("drivethru.messages.oldest.pending.age", worker, w -> {
			var oldest = w.backlog().oldestPending();
			return oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds();
		}).description("Seconds the oldest queued message has waited").baseUnit("seconds").register(registry);
	}

}
