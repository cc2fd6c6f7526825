package id.kanim.drivethru.booking.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.kanim.drivethru.infrastructure.web.KeptPages;
import id.kanim.drivethru.capacity.DayAvailability;
import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.UnknownOfficeException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The booking form as first opened ({@code GET /kantor/{office}/booking}) is rendered once per what it shows
 * and kept, with the two values that are each request's own put in per request: the CSRF token (masked anew
 * for every request by Spring Security) and the form's token (the idempotency key of its submit). Rendering
 * the whole form cost 71 % of the page's CPU (bench/RESULTS.md); a kept page is a few string copies. The
 * lookup form ({@code GET /booking/cek}) is kept the same way: it shows nothing but its texts, so only its
 * CSRF token is put in, and it stays current for as long as it is kept ({@link Source#FIXED}).
 * <p>
 * What the form shows is the office's settings, the availability answer (days and, for a chosen day, its
 * slots), whether a one-time code is asked, the language and the address with its query (date, time, waiting
 * mode; the language switch and the site's address are written from it). A kept page is served only while
 * the office's settings and {@link PublishedAvailability}'s answer are the very ones (or equal ones) it was
 * rendered from, so it adds no staleness: the form is never older than the answer (at most a second) and the
 * settings ({@code drivethru.offices.settings-ttl}). The controller says what it rendered from
 * ({@link #rendered}); only a 200 that set no cookie but the CSRF one is kept. A form sent back with errors
 * (POST) is always rendered anew.
 */
class KeptBookingForms extends OncePerRequestFilter {

	private static final Pattern FORM = Pattern.compile("/kantor/[^/]+/booking|/booking/cek");

	private static final String RENDERED = KeptBookingForms.class.getName() + ".rendered";

	private static final String CSRF_COOKIE = "XSRF-TOKEN";

	/** About 25 KB each: a form per office, language and chosen day; bounded, since the query is the visitor's. */
	private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(300).build();

	/** How many forms were answered from a kept page (for the tests that prove a kept page is right). */
	private final java.util.concurrent.atomic.LongAdder served = new java.util.concurrent.atomic.LongAdder();

	private final Offices offices;

	private final PublishedAvailability availability;

	private final CodeStep codeStep;

	private final LocaleResolver locales;

	KeptBookingForms(Offices offices, PublishedAvailability availability, CodeStep codeStep, LocaleResolver locales) {
		this.offices = offices;
		this.availability = availability;
		this.codeStep = codeStep;
		this.locales = locales;
	}

	/**
	 * What the controller rendered this form from, with the form token it wrote in; {@link #FIXED} for a form
	 * that shows nothing that changes while the app runs (no settings, no answer, no form token).
	 */
	record Source(OfficeSettings settings, List<DayAvailability> days, boolean verificationRequired, String formToken) {

		static final Source FIXED = new Source(null, null, false, null);

	}

	/** Called by the controller as it hands the GET form to the template. */
	static void rendered(HttpServletRequest request, Source source) {
		request.setAttribute(RENDERED, source);
	}

	long served() {
		return served.sum();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !KeptPages.mayAnswer(request, FORM);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (csrf == null) {
			chain.doFilter(request, response);
			return;
		}
		var locale = locales.resolveLocale(request);
		var key = request.getRequestURL() + "?" + request.getQueryString() + "#" + locale;
		var page = pages.getIfPresent(key);
		if (page != null && page.current(this)) {
			served.increment();
			page.write(response, csrf.getToken(), UUID.randomUUID().toString());
			return;
		}
		var captured = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, captured);
		if (request.getAttribute(RENDERED) instanceof Source source && captured.getStatus() == 200
				&& captured.getContentType() != null && captured.getContentType().startsWith("text/html")
				&& captured.getHeaders(HttpHeaders.SET_COOKIE).stream().allMatch(c -> c.startsWith(CSRF_COOKIE + "="))) {
			var charset = Charset.forName(captured.getCharacterEncoding());
			var html = new String(captured.getContentAsByteArray(), charset);
			Page.of(source, html, csrf.getToken(), captured, charset).ifPresent(p -> pages.put(key, p));
		}
		captured.copyBodyToResponse();
	}

	/**
	 * A rendered form cut where its per-request values were: {@code parts[0] value parts[1] value ...}, each
	 * {@code value} the CSRF token ({@code csrf[i]}) or the form token.
	 */
	private record Page(Source source, byte[][] parts, boolean[] csrf, String contentType, Locale locale,
			String cacheControl) {

		static java.util.Optional<Page> of(Source source, String html, String csrfToken, HttpServletResponse response,
				Charset charset) {
			var parts = new ArrayList<byte[]>();
			var kinds = new ArrayList<Boolean>();
			int from = 0;
			while (true) {
				int c = html.indexOf(csrfToken, from);
				int f = source.formToken() == null ? -1 : html.indexOf(source.formToken(), from);
				if (c < 0 && f < 0) {
					break;
				}
				boolean isCsrf = f < 0 || (c >= 0 && c < f);
				int at = isCsrf ? c : f;
				parts.add(html.substring(from, at).getBytes(charset));
				kinds.add(isCsrf);
				from = at + (isCsrf ? csrfToken : source.formToken()).length();
			}
			parts.add(html.substring(from).getBytes(charset));
			// The form must carry both (or only the CSRF token when it has no form token), or the page is not what
			// this class thinks it is: keep nothing then.
			if (!kinds.contains(true) || kinds.contains(false) != (source.formToken() != null)) {
				return java.util.Optional.empty();
			}
			var csrf = new boolean[kinds.size()];
			for (int i = 0; i < csrf.length; i++) {
				csrf[i] = kinds.get(i);
			}
			return java.util.Optional.of(new Page(source, parts.toArray(byte[][]::new), csrf, response.getContentType(),
					response.getLocale(), response.getHeader(HttpHeaders.CACHE_CONTROL)));
		}

		/** Whether the form would be rendered from the same settings, answer and code setting now. */
		boolean current(KeptBookingForms forms) {
			if (source == Source.FIXED) {
				return true;
			}
			OfficeSettings settings;
			try {
				settings = forms.offices.byCode(source.settings().code());
			}
			catch (UnknownOfficeException ex) {
				return false;
			}
			if (settings != source.settings() && !settings.equals(source.settings())) {
				return false;
			}
			var days = forms.availability.between(settings, null, null);
			return (days == source.days() || days.equals(source.days()))
					&& forms.codeStep.required() == source.verificationRequired();
		}

		void write(HttpServletResponse response, String csrfToken, String formToken) throws IOException {
			var csrfBytes = csrfToken.getBytes(StandardCharsets.US_ASCII);
			var formBytes = formToken.getBytes(StandardCharsets.US_ASCII);
			int length = 0;
			for (var part : parts) {
				length += part.length;
			}
			for (var isCsrf : csrf) {
				length += isCsrf ? csrfBytes.length : formBytes.length;
			}
			response.setContentType(contentType);
			response.setLocale(locale);
			// The applicant pages' own policy (PublicPageCaching); without it Spring Security would write no-store.
			if (cacheControl != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			}
			response.setContentLength(length);
			var out = response.getOutputStream();
			for (int i = 0; i < parts.length; i++) {
				out.write(parts[i]);
				if (i < csrf.length) {
					out.write(csrf[i] ? csrfBytes : formBytes);
				}
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<KeptBookingForms> keptBookingForms(Offices offices, PublishedAvailability availability,
				CodeStep codeStep, LocaleResolver localeResolver) {
			return new FilterRegistrationBean<>(new KeptBookingForms(offices, availability, codeStep, localeResolver));
		}

	}

}
