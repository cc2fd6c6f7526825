/**
 * Applicants book, change and cancel a pickup slot (pages and API), join a day's waiting list, and are
 * counted when a full day refuses them. Owns the tables {@code booking}, {@code waiting_entry} and
 * {@code unmet_demand}: other features read and change them only through this package's public types
 * (such as {@link id.kanim.drivethru.booking.Bookings}, {@link id.kanim.drivethru.booking.ManageBookings},
 * {@link id.kanim.drivethru.booking.DayCancellations}, {@link id.kanim.drivethru.booking.PastDays} and
 * {@link id.kanim.drivethru.booking.BookingStatistics}) and the {@link id.kanim.drivethru.booking.Booking}
 * entity's own methods, never in SQL of their own.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "office", "capacity", "verification", "readiness", "retention", "infrastructure" })
package id.kanim.drivethru.booking;
