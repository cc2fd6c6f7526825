package id.kanim.drivethru.infrastructure.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/** What the kept pages and answers (kept HTML or JSON served without the app rendering it again) ask of a request. */
public final class KeptPages {

	private KeptPages() {
	}

	/**
	 * Whether a kept page may answer: a GET of one of these paths (after the context path) without
	 * {@code ?lang=}, which sets the language cookie and so must reach the app.
	 */
	public static boolean mayAnswer(HttpServletRequest request, Pattern paths) {
		return "GET".equals(request.getMethod()) && request.getParameter("lang") == null
				&& paths.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	/** Whether {@code Accept-Encoding} names gzip (or {@code *}) without {@code q=0}. */
	public static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (var coding : acceptEncoding.split(",")) {
			var parts = coding.split(";");
			var name = parts[0].strip().toLowerCase(Locale.ROOT);
			if (name.equals("gzip") || name.equals("*")) {
				for (int i = 1; i < parts.length; i++) {
					if (parts[i].strip().replace(" ", "").matches("q=0(\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

}
