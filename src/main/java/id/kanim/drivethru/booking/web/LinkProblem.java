package id.kanim.drivethru.booking.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * The page for a booking link that cannot be honoured: expired (its booking's day has passed), or not one
 * this installation made (mistyped, cut short, or for an unknown code; one answer for all, so it tells
 * nothing about which codes exist). It says so and leads to "Cek / ubah booking".
 */
final class LinkProblem {

	static final String VIEW = "booking/link-problem";

	private LinkProblem() {
	}

	static String show(BookingAccess.Check check, Model model, HttpServletResponse response) {
		model.addAttribute("expired", check == BookingAccess.Check.EXPIRED);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return VIEW;
	}

}
