/**
 * What every feature must do to keep the privacy notice's promise (personal data leaves 90 days after the
 * pickup day): each feature that stores something about a person contributes a {@link
 * id.kanim.drivethru.retention.RetentionRule} for its own tables (most are one statement, a {@link
 * id.kanim.drivethru.retention.SqlRetentionRule} whose SQL stays in the owning module), and the one nightly job
 * ({@code booking.PersonalDataRetention}) runs them all in one transaction. Depends on no other feature, so
 * any feature may implement it without a cycle.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kanim.drivethru.retention;
