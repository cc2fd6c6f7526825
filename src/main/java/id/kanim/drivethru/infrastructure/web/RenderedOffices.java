package id.kanim.drivethru.infrastructure.web;

import java.util.List;
import java.util.Locale;

/**
 * The key of a cached rendering of a list of offices (the start page's list, the offices' blocks of "Cara
 * kerja"): the very settings objects shown, the language and the context path.
 * <p>
 * The settings are compared by identity, not by value: the office cache hands out the same objects until it
 * reads them again, so identity is exact (a re-read makes a new key and so a new rendering), and it costs a
 * pointer comparison per office where the records' own {@code equals} and {@code hashCode} walked every field
 * of about 200 offices on every request (seen in a profile of "Cara kerja").
 */
public final class RenderedOffices {

	private final List<?> offices;

	private final Locale locale;

	private final String contextPath;

	private final int hash;

	public RenderedOffices(List<?> offices, Locale locale, String contextPath) {
		this.offices = List.copyOf(offices);
		this.locale = locale;
		this.contextPath = contextPath;
		int h = 31 * locale.hashCode() + contextPath.hashCode();
		for (var office : this.offices) {
			h = 31 * h + System.identityHashCode(office);
		}
		this.hash = h;
	}

	public String contextPath() {
		return contextPath;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof RenderedOffices that) || that.hash != hash || that.offices.size() != offices.size()
				|| !that.locale.equals(locale) || !that.contextPath.equals(contextPath)) {
			return false;
		}
		for (int i = 0; i < offices.size(); i++) {
			if (that.offices.get(i) != offices.get(i)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		return hash;
	}

	/**
	 * The HTML with every character beyond ASCII written as a character reference ({@code –} as
	 * {@code &#8211;}): the browser shows the same text, and the servlet writer turns a pure ASCII string into
	 * bytes in its fast loop, where one dash sends a whole cached list of 200 KB down the per-character path.
	 */
	public static String ascii(String html) {
		StringBuilder out = null;
		for (int i = 0; i < html.length(); i++) {
			char c = html.charAt(i);
			if (c < 128) {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(html.length() + 64).append(html, 0, i);
			}
			int codePoint = html.codePointAt(i);
			out.append("&#").append(codePoint).append(';');
			i += Character.charCount(codePoint) - 1;
		}
		return out == null ? html : out.toString();
	}

}
