package id.kanim.drivethru.booking.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import id.kanim.drivethru.booking.MobileNumber;
import id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException;
import id.kanim.drivethru.verification.CodeNotDeliveredException;
import id.kanim.drivethru.verification.PhoneGate;
import id.kanim.drivethru.verification.PhoneVerifications;
import id.kanim.drivethru.verification.VerificationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one-time-code step of the applicant's forms, without an HTTP session: the first submit of a form sends
 * a code to the phone and shows the same form again with a code field; the code's id travels in a hidden
 * field and everything else is in PostgreSQL. The second submit (with the digits) goes through
 * {@link PhoneGate}. While proof is not required the step is skipped altogether.
 */
@Component
class CodeStep {

	/** Model attribute: the number a code was just sent to, for the hint next to the code field. */
	static final String SENT_TO = "codeSentTo";

	private final PhoneGate gate;

	private final PhoneVerifications verifications;

	private final MessageSource messages;

	CodeStep(PhoneGate gate, PhoneVerifications verifications, MessageSource messages) {
		this.gate = gate;
		this.verifications = verifications;
		this.messages = messages;
	}

	boolean required() {
		return gate.required();
	}

	/**
	 * The pass to go ahead with, or empty when the form must be shown again: a code was just sent (first
	 * submit, or the applicant asked for a new one), or the code was wrong, or a limit was reached (each with
	 * its message on the form).
	 * @param codeTarget the form whose {@code verificationId}/{@code verificationCode} fields are used
	 */
	Optional<PhoneGate.Pass> pass(PhoneGate.Purpose purpose, String office, String rawPhone, CodeFields codeTarget,
			boolean resend, BindingResult result, Model model, HttpServletRequest request) {
		var phone = MobileNumber.normalise(rawPhone).orElse(rawPhone == null ? "" : rawPhone);
		if (!gate.required()) {
			return Optional.of(gate.enter(purpose, office, phone, null, null, null));
		}
		if (resend || codeTarget.getVerificationId() == null || codeTarget.getVerificationId().isBlank()) {
			send(office, phone, codeTarget, result, model, request);
			return Optional.empty();
		}
		try {
			return Optional.of(gate.enter(purpose, office, phone, codeTarget.getVerificationId(),
					codeTarget.getVerificationCode(), null));
		}
		catch (VerificationException ex) {
			result.rejectValue("verificationCode", ex.messageKey(), text(ex.messageKey()));
		}
		catch (RateLimitExceededException ex) {
			result.reject("limit." + ex.limit(), text("limit." + ex.limit(), Limits.minutes(ex)));
		}
		return Optional.empty();
	}

	private void send(String office, String phone, CodeFields target, BindingResult result, Model model,
			HttpServletRequest request) {
		try {
			var id = verifications.start(office, phone, request.getRemoteAddr(), LocaleContextHolder.getLocale());
			target.setVerificationId(id.toString());
			target.setVerificationCode(null);
			model.addAttribute(SENT_TO, masked(phone));
		}
		catch (RateLimitExceededException ex) {
			result.reject("limit." + ex.limit(), text("limit." + ex.limit(), Limits.minutes(ex)));
		}
		catch (CodeNotDeliveredException ex) {
			result.reject("verification.code-not-delivered", text("verification.code-not-delivered"));
		}
	}

	/** {@code +62 812-****-7890}: enough for the owner to recognise, little for anyone looking on. */
	static String masked(String e164) {
		var display = MobileNumber.display(e164);
		var parts = display.split("[ -]");
		if (parts.length < 3) {
			return display;
		}
		return display.replaceFirst("(\\S+ \\d+-)\\d+(-)", "$1****$2");
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** A form that carries the code step's two fields. */
	interface CodeFields {

		String getVerificationId();

		void setVerificationId(String id);

		String getVerificationCode();

		void setVerificationCode(String code);

	}

}
