/**
 * A day's places: service days and their slots, the quota claimed and released inside the booking's
 * transaction, holidays that close a day, and the availability applicants see. Owns the tables
 * {@code service_day} and {@code slot}: other features read them through {@link
 * id.kanim.drivethru.capacity.ServiceDays} and {@link id.kanim.drivethru.capacity.Availability}, and change
 * them through {@link id.kanim.drivethru.capacity.CapacityClaims} and {@link
 * id.kanim.drivethru.capacity.CapacityAdjustments} (inside {@link
 * id.kanim.drivethru.capacity.CapacityTransactions}), never in SQL of their own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "office", "retention", "infrastructure" })
package id.kanim.drivethru.capacity;
