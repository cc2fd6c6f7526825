/**
 * Proof that an applicant holds the phone number they give (one-time codes, with limits per number and per
 * client), and the API keys of partners. Owns the tables {@code phone_verification} and {@code api_key}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "messaging", "office", "staff", "infrastructure" })
package id.kanim.drivethru.verification;
