package id.kanim.drivethru.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the retention period ends on this run.
 *
 * @param serviceDatesBefore rows of service days before this date have outlived the period (counted from
 * UTC with a day's margin, so it holds in every Indonesian time zone)
 * @param instantsBefore rows without a service day (a failed sign-in, say) have outlived it before this
 * instant: the start of {@code serviceDatesBefore} in UTC
 * @param today today in UTC, for rules with a deadline of their own
 * @param now this run's instant, for "removed at" columns
 */
public record RetentionCutoff(LocalDate serviceDatesBefore, Instant instantsBefore, LocalDate today, Instant now) {
}
