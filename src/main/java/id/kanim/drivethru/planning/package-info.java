/**
 * Supervisors plan capacity: a day's quota, closures and reopenings, the office's defaults, and the upload
 * of the list of passports ready for pickup; every change is logged with its reason. Owns the table
 * {@code capacity_change}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "capacity", "office", "readiness", "staff", "retention", "infrastructure" })
package id.kanim.drivethru.planning;
