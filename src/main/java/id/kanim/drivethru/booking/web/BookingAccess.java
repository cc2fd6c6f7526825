package id.kanim.drivethru.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.BookingLinks;
import id.kanim.drivethru.infrastructure.security.InstallSecret;

import org.springframework.stereotype.Component;

/**
 * The proof, carried in the link itself, that whoever holds it may see and change one booking (or waiting
 * place): issued after booking or after "Cek / ubah booking" proved code and application number. Public
 * pages keep no session, so this replaces the list of proven codes the session used to hold; it works in a
 * link opened days later, on another device, or from the applicant's bookmarks.
 * <p>
 * A token is {@code <last valid day>.<128 bits of HMAC-SHA256(code|last valid day)>} under the installation's
 * secret: it cannot be made or stretched without the secret, and it expires after the booking's day, counted
 * in UTC: every Indonesian time zone is ahead of UTC, so the whole local day is covered. It grants what the
 * session granted: the same pages, the same changes.
 */
@Component
class BookingAccess implements BookingLinks {

	/** The query parameter (and form field) that carries the token. */
	static final String PARAM = "t";

	private static final String PURPOSE = "booking-access";

	private static final int MAC_BYTES = 16;

	enum Check {

		VALID, EXPIRED, INVALID

	}

	private final InstallSecret secret;

	private final Clock clock;

	BookingAccess(InstallSecret secret, Clock clock) {
		this.secret = secret;
		this.clock = clock;
	}

	/**
	 * A token valid until the booking's day; a booking whose day has passed (found again through the lookup)
	 * gets one for tomorrow, enough to read it.
	 */
	String issue(BookingCode code, LocalDate day) {
		var tomorrow = today().plusDays(1);
		var until = day.isBefore(tomorrow) ? tomorrow : day;
		var mac = Arrays.copyOf(secret.hmac(PURPOSE, signed(code, until)), MAC_BYTES);
		return until.toEpochDay() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
	}

	@Override
	public String managePath(BookingCode code, LocalDate day) {
		return "/booking/" + code.value() + "/kelola?" + PARAM + "=" + issue(code, day);
	}

	Check check(BookingCode code, String token) {
		if (token == null || token.length() > 64) {
			return Check.INVALID;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Check.INVALID;
		}
		try {
			var until = LocalDate.ofEpochDay(Long.parseLong(token.substring(0, dot)));
			var mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (mac.length != MAC_BYTES || !secret.matches(PURPOSE, signed(code, until), mac)) {
				return Check.INVALID;
			}
			return until.isBefore(today()) ? Check.EXPIRED : Check.VALID;
		}
		catch (RuntimeException ex) { // a number or Base64 that does not parse, a date out of range
			return Check.INVALID;
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	private static String signed(BookingCode code, LocalDate until) {
		return code.value() + "|" + until;
	}

}
