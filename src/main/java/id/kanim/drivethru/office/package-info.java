/**
 * The immigration offices and their settings (time zone, weekdays, opening hours, default quota), read
 * through a short-lived cache by every other feature. Owns the table {@code office}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "infrastructure" })
package id.kanim.drivethru.office;
