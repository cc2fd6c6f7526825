package id.kanim.drivethru.booking.web;

import java.net.URI;

import jakarta.validation.Valid;

import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.NewBooking;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking for integrations, kiosks and the load benchmark. Errors are RFC 9457 problems, see
 * {@link ApiExceptionHandler}.
 */
@RestController
@RequestMapping("/api/v1")
class BookingApiController {

	private final BookingService bookings;

	BookingApiController(BookingService bookings) {
		this.bookings = bookings;
	}

	@PostMapping("/offices/{office}/bookings")
	ResponseEntity<BookingResponse> book(@PathVariable String office, @Valid @RequestBody BookingForm request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		var key = IdempotencyKeys.check(idempotencyKey);
		var booking = bookings.book(office, NewBooking.from(request), key == null ? null : "api:" + key);
		return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.code().value()))
			.body(BookingResponse.from(booking));
	}

	@GetMapping("/bookings/{code}")
	BookingResponse find(@PathVariable String code,
			@RequestParam(required = false) String applicationNumber) {
		return bookings.find(code, applicationNumber)
			.map(bookings::view)
			.map(BookingResponse::from)
			.orElseThrow(BookingNotFoundException::new);
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
