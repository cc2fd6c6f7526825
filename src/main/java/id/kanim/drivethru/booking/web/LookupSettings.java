package id.kanim.drivethru.booking.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on wrong "code + application number" pairs, see {@link LookupGuard}.
 *
 * @param maxFailuresPerCode wrong application numbers tried for one code within the window, after which that
 * code answers 429: with the code, the application number is what opens a booking, so it must not be found by
 * trying
 * @param maxFailuresPerClient wrong pairs from one client address within the window: stops one machine trying
 * many codes; high enough that applicants behind one shared address (a carrier's NAT) do not stop each other
 * @param window how long a failure counts; an applicant who mistyped can try again after it
 */
@ConfigurationProperties("drivethru.lookup")
record LookupSettings(
		@DefaultValue("5") int maxFailuresPerCode,
		@DefaultValue("30") int maxFailuresPerClient,
		@DefaultValue("15m") Duration window) {
}
