package id.kanim.drivethru.capacity.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

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
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The office page ({@code GET /kantor/{office}}, with or without {@code ?hari=}) kept whole and gzipped with the
 * office settings and the {@link PublishedAvailability} answer it was rendered from, per address (the language
 * switch and the site's address are written from it) and language. It has no form and no per-request value, so
 * a kept page is sent as it is; gzipping and writing the page on every request was most of what it still cost
 * once its days were kept (bench/RESULTS.md).
 * <p>
 * Staleness: none added. A kept page is served only while the office's settings and the availability answer
 * are the very ones (or equal ones) it was rendered from, so it is never older than the answer (at most a
 * second) and the settings ({@code drivethru.offices.settings-ttl}). Only GET requests that accept gzip and carry
 * no {@code lang} parameter (which sets a cookie), answered 200 as HTML without a cookie set, are kept or served
 * from here; the rest pass as before.
 */
class KeptOfficePages extends OncePerRequestFilter {

	private static final Pattern PAGE = Pattern.compile("/kantor/[^/]+");

	private static final String RENDERED = KeptOfficePages.class.getName() + ".rendered";

	/** About 3 KB gzipped each: an office page per language and chosen day; bounded, since the query is the visitor's. */
	private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(2000).build();

	private final java.util.concurrent.atomic.LongAdder served = new java.util.concurrent.atomic.LongAdder();

	private final Offices offices;

	private final PublishedAvailability availability;

	private final LocaleResolver locales;

	KeptOfficePages(Offices offices, PublishedAvailability availability, LocaleResolver locales) {
		this.offices = offices;
		this.availability = availability;
		this.locales = locales;
	}

	/** What the controller rendered the page from. */
	record Source(OfficeSettings settings, List<DayAvailability> days) {
	}

	static void rendered(HttpServletRequest request, Source source) {
		request.setAttribute(RENDERED, source);
	}

	/** How many pages were answered from a kept page (for the tests). */
	long served() {
		return served.sum();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !KeptPages.mayAnswer(request, PAGE) || !KeptPages.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = request.getRequestURL() + "?" + request.getQueryString() + "#" + locales.resolveLocale(request);
		var page = pages.getIfPresent(key);
		if (page != null && current(page.source())) {
			served.increment();
			response.setContentType(page.contentType());
			response.setLocale(page.locale());
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzip().length);
			if (page.cacheControl() != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
			}
			response.getOutputStream().write(page.gzip());
			return;
		}
		var captured = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, captured);
		if (request.getAttribute(RENDERED) instanceof Source source && captured.getStatus() == 200
				&& captured.getContentType() != null && captured.getContentType().startsWith("text/html")
				&& captured.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			var gzip = new ByteArrayOutputStream(captured.getContentSize() / 4 + 64);
			try (var out = new GZIPOutputStream(gzip)) {
				out.write(captured.getContentAsByteArray());
			}
			pages.put(key, new Page(source, gzip.toByteArray(), captured.getContentType(), captured.getLocale(),
					captured.getHeader(HttpHeaders.CACHE_CONTROL)));
		}
		captured.copyBodyToResponse();
	}

	/** Whether the page would be rendered from the same settings and answer now. */
	private boolean current(Source source) {
		OfficeSettings settings;
		try {
			settings = offices.byCode(source.settings().code());
		}
		catch (UnknownOfficeException ex) {
			return false;
		}
		if (settings != source.settings() && !settings.equals(source.settings())) {
			return false;
		}
		var days = availability.between(settings, null, null);
		return days == source.days() || days.equals(source.days());
	}


	private record Page(Source source, byte[] gzip, String contentType, Locale locale, String cacheControl) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<KeptOfficePages> keptOfficePages(Offices offices, PublishedAvailability availability,
				LocaleResolver localeResolver) {
			return new FilterRegistrationBean<>(new KeptOfficePages(offices, availability, localeResolver));
		}

	}

}
