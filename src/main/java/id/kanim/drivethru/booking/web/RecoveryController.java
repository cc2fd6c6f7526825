package id.kanim.drivethru.booking.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException;
import id.kanim.drivethru.infrastructure.ratelimit.RateLimiter;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.verification.CodeNotDeliveredException;
import id.kanim.drivethru.verification.PhoneVerifications;
import id.kanim.drivethru.verification.VerificationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Lupa kode booking?": an applicant who lost the booking code gets back to the booking with the application
 * number and a one-time code sent to the booking's phone (the owner's phone from the ready list where it names
 * one, so the owner of a squatted number recovers it, not the squatter). The page then shows the booking code,
 * with which the usual "Cek / ubah booking" moves or cancels it. No session: the steps carry their state in
 * hidden fields and the database.
 *
 * <p>Whether a number has a booking is not told: for an unknown number the page answers exactly as for a
 * known one, and the code it asks for can never be right. Codes are limited per phone and per address as
 * everywhere, and recovery requests per address as well.
 */
@Controller
class RecoveryController {

	static final String PATH = "/booking/lupa";

	private final BookingService bookings;

	private final PhoneVerifications verifications;

	private final Offices offices;

	private final RateLimiter limits;

	private final MessageSource messages;

	RecoveryController(BookingService bookings, PhoneVerifications verifications, Offices offices,
			RateLimiter limits, MessageSource messages) {
		this.bookings = bookings;
		this.verifications = verifications;
		this.offices = offices;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String form(@RequestParam(required = false) String applicationNumber, Model model) {
		var form = new RecoveryForm();
		form.setApplicationNumber(applicationNumber);
		model.addAttribute("form", form);
		return "booking/recover";
	}

	@PostMapping(PATH)
	String recover(@Valid @ModelAttribute("form") RecoveryForm form, BindingResult result,
			@RequestParam(required = false) String resend, Model model, HttpServletRequest request) {
		model.addAttribute("verificationRequired", true);
		if (result.hasErrors()) {
			return "booking/recover";
		}
		var booking = bookings.activeByApplicationNumber(form.getApplicationNumber());
		if (resend != null || form.getVerificationId() == null || form.getVerificationId().isBlank()) {
			try {
				limits.acquire("recovery-per-address", request.getRemoteAddr(), 30, Duration.ofHours(1));
				if (booking.isPresent()) {
					var phone = bookings.ownerPhone(booking.get());
					var id = verifications.start(offices.byId(booking.get().getOfficeId()).code(), phone,
							request.getRemoteAddr(), LocaleContextHolder.getLocale());
					form.setVerificationId(id.toString());
					model.addAttribute(CodeStep.SENT_TO, CodeStep.masked(phone));
				}
				else {
					// Looks the same as a sent code; no stored code matches it.
					form.setVerificationId(UUID.randomUUID().toString());
				}
				form.setVerificationCode(null);
			}
			catch (RateLimitExceededException ex) {
				result.reject("limit." + ex.limit(), text("limit." + ex.limit(), Limits.minutes(ex)));
			}
			catch (CodeNotDeliveredException ex) {
				result.reject("verification.code-not-delivered", text("verification.code-not-delivered"));
			}
			return "booking/recover";
		}
		try {
			if (booking.isEmpty()) {
				throw new VerificationException(VerificationException.Kind.FAILED);
			}
			verifications.prove(offices.byId(booking.get().getOfficeId()).code(), bookings.ownerPhone(booking.get()),
					form.getVerificationId(), form.getVerificationCode());
		}
		catch (VerificationException ex) {
			result.rejectValue("verificationCode", ex.messageKey(), text(ex.messageKey()));
			return "booking/recover";
		}
		model.addAttribute("booking", booking.get());
		model.addAttribute("view", bookings.view(booking.get()));
		model.addAttribute("office", offices.byId(booking.get().getOfficeId()));
		var lookup = new LookupForm();
		lookup.setCode(booking.get().getCode().display());
		lookup.setApplicationNumber(booking.get().getApplicationNumber());
		model.addAttribute("lookup", lookup);
		return "booking/recovered";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
