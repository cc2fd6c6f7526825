/**
 * The drive-thru window ("loket"): today's cars of an office, the officer's steps with a booking, the
 * queue board, a supervisor's cancellation of a misused application number, and the end of each day. Owns
 * the audit log, the table {@code booking_event}; changes bookings only through the booking feature's API
 * and the {@link id.kanim.drivethru.booking.Booking} entity's methods.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "capacity", "office", "staff", "retention", "infrastructure" })
package id.kanim.drivethru.counter;
