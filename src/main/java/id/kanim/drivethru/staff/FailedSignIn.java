package id.kanim.drivethru.staff;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The username of a failed sign-in, kept for the one page that follows so the form shows it again and only
 * the password has to be retyped. Held in the session (the sign-in form already has one for its CSRF
 * token) rather than in the address, where it would end up in access logs and the browser history.
 */
public final class FailedSignIn {

	private static final String USERNAME = "drivethru.login.failedUsername";

	private static final int MAX_LENGTH = 60;

	private FailedSignIn() {
	}

	/** Called by the sign-in failure handler with the failed request. */
	public static void remember(HttpServletRequest request) {
		var username = request.getParameter("username");
		if (username == null || username.isBlank()) {
			return;
		}
		var kept = username.strip();
		request.getSession().setAttribute(USERNAME, kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept);
	}

	/** The remembered username, removed as it is read (a reload of the form shows it no more). */
	public static String take(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null) {
			return null;
		}
		var username = session.getAttribute(USERNAME);
		session.removeAttribute(USERNAME);
		return username instanceof String s ? s : null;
	}

}
