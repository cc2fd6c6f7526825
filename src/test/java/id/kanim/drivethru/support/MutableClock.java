package id.kanim.drivethru.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move. It follows the system clock until a test sets it, and {@link #reset()} puts it
 * back; tests that move it must reset it afterwards, since the context is shared.
 */
public class MutableClock extends Clock {

	private volatile Instant fixed;

	public void set(Instant instant) {
		this.fixed = instant;
	}

	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		var self = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		var at = fixed;
		return at != null ? at : Instant.now();
	}

}
