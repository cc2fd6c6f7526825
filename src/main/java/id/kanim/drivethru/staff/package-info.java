/**
 * Staff accounts, roles and offices, sign-in (with its throttle and the beans the shared security
 * configuration uses: the authentication manager and the sign-in failure handler) and the staff pages.
 * Owns the tables {@code staff_account}, {@code login_failure} and {@code staff_change}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "office", "retention", "infrastructure" })
package id.kanim.drivethru.staff;
