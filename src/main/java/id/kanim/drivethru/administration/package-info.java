/**
 * Administrators add offices, each with its first supervisor, so another Kanim can start using the service
 * from the same deployment. Uses the office and staff features; neither knows about this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "office", "staff", "infrastructure" })
package id.kanim.drivethru.administration;
