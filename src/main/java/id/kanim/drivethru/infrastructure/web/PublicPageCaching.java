package id.kanim.drivethru.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applicant pages may be kept by the browser: {@code private, no-cache} instead of Spring Security's
 * {@code no-store}. A normal visit still asks the server (no-cache), but Back and the history reopen the kept
 * copy, even without a connection: the confirmation opens offline once seen, Back after a refused form
 * does not end in "confirm form resubmission" (ERR_CACHE_MISS), and the browser restores typed fields.
 * {@code private} keeps shared caches (proxies) from storing pages with personal data. Staff pages stay
 * {@code no-store}: they are used on shared computers. Spring Security adds its own header only when none
 * is set.
 */
class PublicPageCaching implements HandlerInterceptor {

	static final String POLICY = "private, no-cache";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Pages only: static files keep the caching of the resource chain.
		if (handler instanceof HandlerMethod && isApplicantPage(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, POLICY);
		}
		return true;
	}

	static boolean isApplicantPage(String path) {
		return !(path.startsWith("/staff") || path.startsWith("/login") || path.startsWith("/logout")
				|| path.startsWith("/api") || path.startsWith("/actuator") || path.startsWith("/display")
				|| path.startsWith("/v3/"));
	}

}
