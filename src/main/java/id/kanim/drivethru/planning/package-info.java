/**
 * Supervisors plan capacity: a day's quota, closures and reopenings, the office's defaults, and the upload
 * of the list of passports ready for pickup. Quota and closure changes, and corrections and removals of
 * ready-list entries, go into the office's change log, the table {@code capacity_change}, which this module
 * owns.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "capacity", "office", "readiness", "staff", "retention", "infrastructure" })
package id.kanim.drivethru.planning;
