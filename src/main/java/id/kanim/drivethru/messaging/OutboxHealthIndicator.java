package id.kanim.drivethru.messaging;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The state of message delivery, as its own health contributor ("outbox"): always UP, since an instance
 * whose messages wait can still serve applicants and must not be restarted for a provider's outage. It
 * reports the worker's last count and never waits for the database or a provider, so it answers at once.
 * Liveness and readiness leave it out (see application.properties).
 */
@Component("outboxHealthIndicator")
class OutboxHealthIndicator implements HealthIndicator {

	private final OutboxWorker worker;

	OutboxHealthIndicator(OutboxWorker worker) {
		this.worker = worker;
	}

	@Override
	public Health health() {
		var backlog = worker.backlog();
		var health = Health.up().withDetail("pending", backlog.pending()).withDetail("failed", backlog.failed());
		if (backlog.oldestPending() != null) {
			health.withDetail("oldestPending", backlog.oldestPending().toString());
		}
		if (backlog.pending() >= OutboxWorker.COUNTED_UP_TO || backlog.failed() >= OutboxWorker.COUNTED_UP_TO) {
			health.withDetail("countedUpTo", OutboxWorker.COUNTED_UP_TO);
		}
		if (backlog.checkedAt() != null) {
			health.withDetail("checkedAt", backlog.checkedAt().toString());
		}
		return health.build();
	}

}
