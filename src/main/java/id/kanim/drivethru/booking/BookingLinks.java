package id.kanim.drivethru.booking;

import java.time.LocalDate;

/**
 * The link that opens a booking's own pages in any browser, without a session and without typing the code:
 * what messages to the applicant carry, so that a lost confirmation page is one tap away.
 */
public interface BookingLinks {

	/**
	 * The path, from the site's root, of the page where the booking is seen, moved or cancelled; it carries its
	 * own proof, valid until the booking's day.
	 */
	String managePath(BookingCode code, LocalDate day);

}
