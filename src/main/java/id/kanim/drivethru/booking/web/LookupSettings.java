package id.kanim.drivethru.booking.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on wrong "code + application number" pairs, see {@link LookupGuard}.
 *
 * @param maxFailuresPerCode wrong application numbers tried for one code within the window
 * @param maxFailuresPerClient wrong pairs from one client address within the window
 * @param window how long a failure counts
 */
@ConfigurationProperties("drivethru.lookup")
record LookupSettings(
		@DefaultValue("5") int maxFailuresPerCode,
		@DefaultValue("30") int maxFailuresPerClient,
		@DefaultValue("15m") Duration window) {
}
