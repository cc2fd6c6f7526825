/**
 * Which passports are ready for pickup, so that only those can be booked when an office keeps the list.
 * Owns the table {@code passport_ready}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "office", "retention", "infrastructure" })
package id.kanim.drivethru.readiness;
