package id.kanim.drivethru.infrastructure.ratelimit;

import java.time.Duration;

/** A limit is reached; {@link #retryAfter()} says when the oldest counted request stops counting. */
public class RateLimitExceededException extends RuntimeException {

	private final String limit;

	private final Duration retryAfter;

	public RateLimitExceededException(String limit, Duration retryAfter) {
		super("Limit reached: " + limit, null, false, false);
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	/** Which limit, as a stable word ({@code codes-per-phone}); it chooses the message shown. */
	public String limit() {
		return limit;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** Whole seconds for a {@code Retry-After} header, at least 1. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
