package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.BookingRefusedException;

import org.springframework.validation.BindingResult;

/** Shows a refused booking or move next to the field it is about, or above the form when it is about the day. */
final class Refusals {

	private Refusals() {
	}

	static void reject(BindingResult result, BookingRefusedException.Reason reason, String text) {
		if (reason.field() != null) {
			result.rejectValue(reason.field(), reason.messageKey(), text);
		}
		else {
			result.reject(reason.messageKey(), text);
		}
	}

}
