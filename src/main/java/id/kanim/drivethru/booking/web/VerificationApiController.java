package id.kanim.drivethru.booking.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;
import id.kanim.drivethru.verification.PhoneVerifications;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step one of booking through the API: a one-time code to the applicant's phone. The answer carries only the
 * id the code must be presented with; the code itself reaches nobody but the phone.
 */
@RestController
@RequestMapping("/api/v1")
class VerificationApiController {

	private final PhoneVerifications verifications;

	VerificationApiController(PhoneVerifications verifications) {
		this.verifications = verifications;
	}

	@PostMapping("/offices/{office}/verifications")
	@ResponseStatus(HttpStatus.ACCEPTED) // for the API document; the entity sets it
	ResponseEntity<VerificationStarted> start(@PathVariable String office,
			@Valid @RequestBody VerificationRequest body, HttpServletRequest request) {
		var id = verifications.start(office, BookingApiController.phone(body.getPhone()), request.getRemoteAddr(),
				LocaleContextHolder.getLocale());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VerificationStarted(id.toString()));
	}

	/** The id to send with the code; the code itself goes only to the phone. */
	record VerificationStarted(String verificationId) {
	}

	/** The phone to send the code to. */
	static class VerificationRequest {

		@ValidInput(Kind.MOBILE_NUMBER)
		private String phone;

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

	}

}
