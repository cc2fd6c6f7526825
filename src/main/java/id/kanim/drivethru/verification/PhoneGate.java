package id.kanim.drivethru.verification;

import java.time.Duration;

import id.kanim.drivethru.infrastructure.ratelimit.RateLimiter;

import org.springframework.stereotype.Service;

/**
 * The one check every path that takes or changes a place goes through before anything is stored: proof of
 * the phone (a one-time code, or an integrator's API key) and the per-phone limits. When the change is then
 * refused for another reason (a full day), {@link #undo} gives the code and the counted place back.
 *
 * <p>The per-phone limits apply only while proof is required: without it a phone number is just text that a
 * scalper can vary, and the benchmark books thousands of places with one number.
 */
@Service
public class PhoneGate {

	/** What the applicant is about to do; it chooses the limit. */
	public enum Purpose {
		BOOK, WAIT, CHANGE
	}

	private final PhoneVerifications verifications;

	private final ApiKeys apiKeys;

	private final RateLimiter limits;

	private final VerificationSettings settings;

	PhoneGate(PhoneVerifications verifications, ApiKeys apiKeys, RateLimiter limits, VerificationSettings settings) {
		this.verifications = verifications;
		this.apiKeys = apiKeys;
		this.limits = limits;
		this.settings = settings;
	}

	public boolean required() {
		return settings.required();
	}

	/**
	 * @param phone E.164; for a change, the booking's own phone
	 * @param apiKey an integrator's key instead of a code, or null
	 * @throws VerificationException no or a wrong proof
	 * @throws id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException a per-phone limit
	 */
	public Pass enter(Purpose purpose, String officeCode, String phone, String verificationId, String code,
			String apiKey) {
		if (!settings.required()) {
			return Pass.FREE;
		}
		PhoneProof proof = null;
		if (apiKey != null && !apiKey.isBlank()) {
			apiKeys.authorise(apiKey, officeCode);
		}
		else {
			proof = verifications.prove(officeCode, phone, verificationId, code);
		}
		try {
			var ticket = switch (purpose) {
				case BOOK -> limits.acquire("bookings-per-phone", officeCode + "\n" + phone, settings.bookingsPerPhone(),
						settings.bookingWindow());
				case WAIT -> limits.acquire("waiting-per-phone", phone, settings.waitingPerPhone(), Duration.ofDays(1));
				case CHANGE -> null;
			};
			return new Pass(proof, ticket);
		}
		catch (RuntimeException ex) {
			verifications.giveBack(proof);
			throw ex;
		}
	}

	/** The change was refused after all: the code can be used again and the place does not count. */
	public void undo(Pass pass) {
		if (pass != null && pass != Pass.FREE) {
			verifications.giveBack(pass.proof());
			limits.release(pass.ticket());
		}
	}

	/** Proof that {@link #enter} let a request through. */
	public record Pass(PhoneProof proof, RateLimiter.Ticket ticket) {

		static final Pass FREE = new Pass(null, null);

	}

}
