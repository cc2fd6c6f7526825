package id.kanim.drivethru.staff;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The username of a failed sign-in, kept for the one page that follows so the form shows it again and only
 * the password has to be retyped. Kept in a short-lived cookie limited to the sign-in page: not in the
 * address, where it would end up in access logs and the browser history, and not in a session, since a
 * failed sign-in must not cost the server one (anyone can fail to sign in, as often as they like).
 */
public final class FailedSignIn {

	private static final String COOKIE = "DRIVETHRU_LOGIN_USERNAME";

	private static final String PATH = "/login";

	private static final int MAX_LENGTH = 60;

	private FailedSignIn() {
	}

	/** Called by the sign-in failure handler with the failed request. */
	public static void remember(HttpServletRequest request, HttpServletResponse response) {
		var username = request.getParameter("username");
		if (username == null || username.isBlank()) {
			return;
		}
		var kept = username.strip();
		kept = kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept;
		response.addCookie(cookie(request, URLEncoder.encode(kept, StandardCharsets.UTF_8), 60));
	}

	/** The remembered username, removed as it is read (a reload of the form shows it no more). */
	public static String take(HttpServletRequest request, HttpServletResponse response) {
		var cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (var cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				response.addCookie(cookie(request, "", 0));
				try {
					var username = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
					return username.length() > MAX_LENGTH ? null : username;
				}
				catch (IllegalArgumentException ex) {
					return null; // not ours: a hand-made cookie
				}
			}
		}
		return null;
	}

	private static Cookie cookie(HttpServletRequest request, String value, int maxAgeSeconds) {
		var cookie = new Cookie(COOKIE, value);
		cookie.setPath(request.getContextPath() + PATH);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(maxAgeSeconds);
		cookie.setAttribute("SameSite", "Strict");
		return cookie;
	}

}
