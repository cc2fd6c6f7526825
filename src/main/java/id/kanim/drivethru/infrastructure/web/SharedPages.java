package id.kanim.drivethru.infrastructure.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * The pages that are the same for every visitor and carry no form token (the start page, "Cara kerja" for all
 * offices or one) are kept whole and gzipped for {@link #MAX_AGE}, per address and language cookie. They list
 * every office (about 125; 200 KB of HTML for "Cara kerja"), and compressing that on every request cost more
 * than rendering it (bench/RESULTS.md); a kept page costs about what the static file costs.
 * <p>
 * Staleness, written down: a page is at most a second older than what it shows, and that (the office settings)
 * is itself at most {@code drivethru.offices.settings-ttl} old, so a change shows within that time plus a
 * second on every instance. Only GET requests that accept gzip, carry no {@code lang} parameter (which sets a
 * cookie) and get a 200 without a cookie set are kept or served from here; the rest pass as before. After
 * Spring Security's filters: its headers are written on every response as before.
 */
class SharedPages extends OncePerRequestFilter {

	static final Duration MAX_AGE = Duration.ofSeconds(1);

	private static final Pattern SHARED = Pattern.compile("/|/cara-kerja|/kantor/[^/]+/cara-kerja");

	/** About 10 KB gzipped each: a page per office and language, with room. */
	private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(1000).expireAfterWrite(MAX_AGE).build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !KeptPages.mayAnswer(request, SHARED) || !KeptPages.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var language = WebUtils.getCookie(request, "lang");
		var key = request.getRequestURL() + "?" + request.getQueryString() + "#" + (language == null ? "" : language.getValue());
		var page = pages.getIfPresent(key);
		if (page != null) {
			response.setContentType(page.contentType());
			response.setLocale(page.locale());
			if (page.cacheControl() != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
			}
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzip().length);
			response.getOutputStream().write(page.gzip());
			return;
		}
		var captured = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, captured);
		if (captured.getStatus() == 200 && captured.getContentType() != null
				&& captured.getContentType().startsWith("text/html") && captured.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			var gzip = new ByteArrayOutputStream(captured.getContentSize() / 8 + 64);
			try (var out = new GZIPOutputStream(gzip)) {
				out.write(captured.getContentAsByteArray());
			}
			pages.put(key, new Page(gzip.toByteArray(), captured.getContentType(),
					captured.getLocale(), captured.getHeader(HttpHeaders.CACHE_CONTROL)));
		}
		captured.copyBodyToResponse();
	}


	private record Page(byte[] gzip, String contentType, java.util.Locale locale, String cacheControl) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<SharedPages> sharedPages() {
			return new FilterRegistrationBean<>(new SharedPages());
		}

	}

}
