package id.kanim.drivethru.counter;

import java.time.Instant;
import java.time.LocalDateTime;

import id.kanim.drivethru.booking.BookingStatus;

/**
 * One row of the counter's audit log ({@link AuditLog}, table {@code booking_event}): who did what to a
 * booking, and when (UTC, and the office's clock at that moment).
 */
public record AuditEntry(long id, CounterAction action, BookingStatus from, BookingStatus to, String reason,
		Integer window, String actor, Instant occurredAt, LocalDateTime officeTime) {

}
