/**
 * The office's list of passports ready for pickup (uploaded, corrected, searched), which the booking
 * feature checks before it books. Owns the table {@code passport_ready}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "office", "retention", "infrastructure" })
package id.kanim.drivethru.readiness;
