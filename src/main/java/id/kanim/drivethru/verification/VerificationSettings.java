package id.kanim.drivethru.verification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Proof of the applicant's phone before a place is taken, and the limits that keep one client from taking a
 * day's places. Per-phone limits are strict and per-address limits loose: behind carrier-grade NAT many
 * honest phones share one address.
 *
 * @param required whether booking, waiting and changing need a one-time code (or an API key); turned off only
 * for development and the benchmark, and then a WARN line says so at every start
 * @param codeValidity how long a code can be used: long enough for a slow SMS, short enough that an old message
 * proves nothing
 * @param maxAttempts wrong tries before a code is dead, so six digits cannot be guessed
 * @param codesPerPhone codes sent to one phone within {@code codeWindow}
 * @param codesPerAddress codes asked for from one client address within {@code codeWindow}
 * @param codeWindow the window of the two code limits, which keep anyone from sending messages (at our cost)
 * to any number
 * @param bookingsPerPhone bookings made with one phone at one office within {@code bookingWindow}
 * @param bookingWindow the window of the booking limit, which keeps one phone from holding a day's places
 * @param waitingPerPhone waiting-list entries joined with one phone within a day
 * @param apiKeyRequestsPerMinute bookings and changes one integrator key may make per minute
 */
@ConfigurationProperties("drivethru.verification")
public record VerificationSettings(
		@DefaultValue("true") boolean required,
		@DefaultValue("5m") Duration codeValidity,
		@DefaultValue("5") int maxAttempts,
		@DefaultValue("5") int codesPerPhone,
		@DefaultValue("200") int codesPerAddress,
		@DefaultValue("1h") Duration codeWindow,
		@DefaultValue("4") int bookingsPerPhone,
		@DefaultValue("7d") Duration bookingWindow,
		@DefaultValue("3") int waitingPerPhone,
		@DefaultValue("600") int apiKeyRequestsPerMinute) {
}
