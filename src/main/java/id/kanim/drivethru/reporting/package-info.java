/**
 * The supervisors' reports (per day and for a period, as a page, a printable month and CSV), composed from
 * the booking feature's statistics and the capacity feature's stored days. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "capacity", "office", "staff", "infrastructure" })
package id.kanim.drivethru.reporting;
