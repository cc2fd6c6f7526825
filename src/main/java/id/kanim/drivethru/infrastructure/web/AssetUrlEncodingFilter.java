package id.kanim.drivethru.infrastructure.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Gives the static assets their content-hashed names ({@code /css/app-3f2a….css}) in every link a page
 * writes, like Spring's {@link ResourceUrlEncodingFilter}, but asks the resource chain only about links into
 * the asset folders.
 * <p>
 * Why not Spring's filter: the static handler is mapped to {@code /**}, so Spring's filter hands every link
 * of a page ({@code /kantor/jambi/booking?date=…}, {@code /}, {@code /booking/cek}) to the resource chain,
 * which probes each class-path location for a file of that name. A miss is not cached, and each probe walks
 * the nested jar: on the office page, with 10 days × 12 slot links, that was 77% of the CPU (bench/RESULTS.md).
 * Only the asset folders below hold files worth a hashed name, so every other link is written as it is, with
 * no lookup at all. Hits in these folders are cached by the chain ({@code CachingResourceResolver}). Being a
 * {@code ResourceUrlEncodingFilter}, this bean also keeps Boot from registering its own.
 */
class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {

	/** The folders whose files get hashed names (and long cache lifetimes). */
	static final List<String> ASSET_PREFIXES = List.of("/css/", "/js/", "/webjars/");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new AssetUrlEncodingResponse(httpRequest, httpResponse));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	static boolean isAsset(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return false;
		}
		for (var prefix : ASSET_PREFIXES) {
			if (url.startsWith(prefix, contextPath.length())) {
				return true;
			}
		}
		return false;
	}

	private static final class AssetUrlEncodingResponse extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		AssetUrlEncodingResponse(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public String encodeURL(String url) {
			// the provider is put on the request by Spring MVC's interceptor once the request reaches a handler
			if (isAsset(this.request.getContextPath(), url) && this.request
				.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider provider) {
				var hashed = provider.getForRequestUrl(this.request, url);
				if (hashed != null) {
					return super.encodeURL(hashed);
				}
			}
			return super.encodeURL(url);
		}

	}

}
