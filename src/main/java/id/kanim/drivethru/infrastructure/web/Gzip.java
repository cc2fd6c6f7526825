package id.kanim.drivethru.infrastructure.web;

import java.util.Locale;

/** What the kept pages and answers need to know of a request's {@code Accept-Encoding}. */
public final class Gzip {

	private Gzip() {
	}

	/** Whether {@code Accept-Encoding} names gzip (or {@code *}) without {@code q=0}. */
	public static boolean accepted(String acceptEncoding) {
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
