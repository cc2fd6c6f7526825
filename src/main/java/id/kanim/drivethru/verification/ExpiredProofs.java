package id.kanim.drivethru.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import id.kanim.drivethru.infrastructure.ratelimit.RateLimiter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what proof and limits no longer need: one-time codes (which hold a phone number) a day after they
 * expired, and limit rows once their window has passed. Each run is two idempotent deletes, so any number of
 * instances may run it.
 */
@Component
class ExpiredProofs {

	private final JdbcClient jdbc;

	private final RateLimiter limits;

	private final Clock clock;

	ExpiredProofs(JdbcClient jdbc, RateLimiter limits, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.clock = clock;
	}

	@Scheduled(cron = "${drivethru.retention.cron:0 30 2 * * *}")
	void forget() {
		var now = clock.instant();
		jdbc.sql("delete from phone_verification where expires_at < :before")
			.param("before", Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
		limits.forgetExpired(now);
	}

}
