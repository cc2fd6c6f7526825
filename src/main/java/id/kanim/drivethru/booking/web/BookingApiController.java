package id.kanim.drivethru.booking.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.booking.BookingNotChangeableException;
import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.ManageBookings;
import id.kanim.drivethru.booking.MobileNumber;
import id.kanim.drivethru.booking.NewBooking;
import id.kanim.drivethru.verification.PhoneGate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking for integrations, kiosks and the load benchmark. Errors are RFC 9457 problems, see
 * {@link ApiExceptionHandler}.
 */
@RestController
@RequestMapping("/api/v1")
class BookingApiController {

	private final BookingService bookings;

	private final ManageBookings manage;

	private final LookupGuard guard;

	private final PhoneGate gate;

	BookingApiController(BookingService bookings, ManageBookings manage, LookupGuard guard, PhoneGate gate) {
		this.bookings = bookings;
		this.manage = manage;
		this.guard = guard;
		this.gate = gate;
	}

	/**
	 * Books after the phone is proven (a one-time code in the body, or an integrator's {@code X-API-Key}). A
	 * retry with the same Idempotency-Key gets the first answer without its used code being checked again.
	 */
	@PostMapping("/offices/{office}/bookings")
	@ResponseStatus(HttpStatus.CREATED) // for the API document; the entity sets it
	ResponseEntity<BookingResponse> book(@PathVariable String office, @Valid @RequestBody BookingForm request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestHeader(name = API_KEY, required = false) String apiKey) {
		var key = IdempotencyKeys.check(idempotencyKey);
		var scoped = key == null ? null : "api:" + key;
		var booking = bookings.earlier(office, scoped, NewBooking.from(request)).orElseGet(() -> {
			bookings.checkOwner(office, request.getApplicationNumber(), request.getPhone());
			var pass = gate.enter(PhoneGate.Purpose.BOOK, office, phone(request.getPhone()),
					request.getVerificationId(), request.getVerificationCode(), apiKey);
			try {
				return bookings.book(office, NewBooking.from(request), scoped);
			}
			catch (RuntimeException ex) {
				gate.undo(pass);
				throw ex;
			}
		});
		return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.code().value()))
			.body(BookingResponse.from(booking));
	}

	/** The header with which an integrator presents its key instead of a one-time code. */
	static final String API_KEY = "X-API-Key";

	static String phone(String input) {
		return MobileNumber.normalise(input).orElse(input == null ? "" : input);
	}

	@GetMapping("/bookings/{code}")
	BookingResponse find(@PathVariable String code,
			@RequestParam(required = false) String applicationNumber, HttpServletRequest request) {
		return BookingResponse.from(bookings.view(verified(code, applicationNumber, request)));
	}

	/** Cancels: 204, the same 404 as a lookup, or 409 {@code not-cancellable}. */
	@DeleteMapping("/bookings/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT) // for the API document; the entity sets it
	ResponseEntity<Void> cancel(@PathVariable String code, @RequestParam(required = false) String applicationNumber,
			@RequestParam(required = false) String verificationId,
			@RequestParam(required = false) String verificationCode,
			@RequestHeader(name = API_KEY, required = false) String apiKey, HttpServletRequest request) {
		var booking = verified(code, applicationNumber, request);
		var pass = gate.enter(PhoneGate.Purpose.CHANGE, bookings.view(booking).officeCode(), bookings.ownerPhone(booking),
				verificationId, verificationCode, apiKey);
		try {
			manage.cancel(booking.getCode()).orElseThrow(BookingNotFoundException::new);
		}
		catch (BookingNotChangeableException ex) {
			gate.undo(pass);
			throw new NotChangeableException("not-cancellable");
		}
		return ResponseEntity.noContent().build();
	}

	/** Moves to another day or slot: 200 with the booking, or the refusals of a new booking (nothing changes). */
	@PostMapping("/bookings/{code}/reschedule")
	BookingResponse reschedule(@PathVariable String code, @Valid @RequestBody RescheduleRequest body,
			@RequestHeader(name = API_KEY, required = false) String apiKey, HttpServletRequest request) {
		var booking = verified(code, body.applicationNumber(), request);
		var pass = gate.enter(PhoneGate.Purpose.CHANGE, bookings.view(booking).officeCode(), bookings.ownerPhone(booking),
				body.verificationId(), body.verificationCode(), apiKey);
		try {
			return manage.reschedule(booking.getCode(), LocalDate.parse(body.date().strip()),
					LocalTime.parse(body.slotStart().strip()))
				.map(bookings::view)
				.map(BookingResponse::from)
				.orElseThrow(BookingNotFoundException::new);
		}
		catch (BookingNotChangeableException ex) {
			gate.undo(pass);
			throw new NotChangeableException("not-changeable");
		}
		catch (RuntimeException ex) {
			gate.undo(pass);
			throw ex;
		}
	}

	/** The booking if code and number belong together, else the one 404 (or 429 after too many wrong pairs). */
	private Booking verified(String code, String applicationNumber, HttpServletRequest request) {
		var client = request.getRemoteAddr();
		if (!guard.allows(client, code)) {
			throw new TooManyLookupsException();
		}
		var booking = bookings.find(code, applicationNumber);
		if (booking.isEmpty()) {
			guard.failed(client, code);
			throw new BookingNotFoundException();
		}
		return booking.get();
	}

	/** The booking's status or date no longer allows the change. */
	static class NotChangeableException extends RuntimeException {

		private final String type;

		NotChangeableException(String type) {
			super(type, null, false, false);
			this.type = type;
		}

		String type() {
			return type;
		}

	}

	static class TooManyLookupsException extends RuntimeException {

		TooManyLookupsException() {
			super("Too many wrong lookups", null, false, false);
		}

	}

	/** Same for a wrong code and a wrong application number. */
	static class BookingNotFoundException extends RuntimeException {

		BookingNotFoundException() {
			super("No booking with that code and application number", null, false, false);
		}

	}

	static final class IdempotencyKeys {

		private IdempotencyKeys() {
		}

		/** Keys are opaque to us, but bounded: printable ASCII, at most 64 characters (a UUID is 36). */
		static String check(String key) {
			if (key == null) {
				return null;
			}
			if (key.isEmpty() || key.length() > 64 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
				throw new InvalidIdempotencyKeyException();
			}
			return key;
		}

	}

	static class InvalidIdempotencyKeyException extends RuntimeException {

		InvalidIdempotencyKeyException() {
			super("Idempotency-Key must be 1 to 64 printable characters", null, false, false);
		}

	}


}
