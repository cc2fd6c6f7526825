package id.kanim.drivethru.verification;

import java.util.UUID;

/**
 * A used one-time code. Given back with {@link PhoneVerifications#giveBack} when the change it allowed was
 * refused (a full day, say), so the applicant can try another slot with the same code.
 */
public record PhoneProof(UUID verificationId) {
}
