package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException;

/** How a reached limit is told to people: in whole minutes, at least one. */
final class Limits {

	private Limits() {
	}

	static long minutes(RateLimitExceededException ex) {
		return Math.max(1, (ex.retryAfterSeconds() + 59) / 60);
	}

}
