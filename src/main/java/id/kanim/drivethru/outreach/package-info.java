/**
 * Printed signs, posters and a picture to share that lead applicants to an office's booking page (with its
 * QR code) and drivers to the right lane. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "counter", "office", "infrastructure" })
package id.kanim.drivethru.outreach;
