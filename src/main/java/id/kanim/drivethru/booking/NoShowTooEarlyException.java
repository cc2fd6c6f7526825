package id.kanim.drivethru.booking;

import java.time.Instant;

/** A booking cannot be marked as a no-show before its slot has ended plus the grace period. */
public class NoShowTooEarlyException extends RuntimeException {

	private final Instant allowedFrom;

	public NoShowTooEarlyException(Instant allowedFrom) {
		super("No-show can be recorded from " + allowedFrom);
		this.allowedFrom = allowedFrom;
	}

	public Instant getAllowedFrom() {
		return allowedFrom;
	}

}
