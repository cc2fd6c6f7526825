package id.kanim.drivethru.infrastructure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page links are written without asking the resource chain; asset links still get their hashed names. The
 * control shows what Spring's own filter does with the same chain: it asks about every link.
 */
class AssetUrlEncodingFilterTest {

	private final List<String> lookups = new ArrayList<>();

	@Test
	void asksTheResourceChainOnlyAboutAssetLinks() throws Exception {
		var encode = encoder(new AssetUrlEncodingFilter());

		assertThat(encode.apply("/kantor/jambi/booking?date=2026-12-02&slotStart=09:00"))
			.isEqualTo("/kantor/jambi/booking?date=2026-12-02&slotStart=09:00");
		assertThat(encode.apply("/")).isEqualTo("/");
		assertThat(encode.apply("/booking/cek")).isEqualTo("/booking/cek");
		assertThat(lookups).isEmpty();

		assertThat(encode.apply("/css/app.css")).isEqualTo("/css/app-hashed.css");
		assertThat(encode.apply("/js/app.js")).isEqualTo("/js/app-hashed.js");
		assertThat(encode.apply("/webjars/htmx.org/dist/htmx.min.js")).isEqualTo("/webjars/htmx.org/dist/htmx.min-hashed.js");
		assertThat(lookups).containsExactly("css/app.css", "js/app.js", "webjars/htmx.org/dist/htmx.min.js");
	}

	@Test
	void springsFilterAsksAboutEveryLink() throws Exception {
		var encode = encoder(new ResourceUrlEncodingFilter());

		encode.apply("/kantor/jambi/booking?date=2026-12-02&slotStart=09:00");
		encode.apply("/booking/cek");

		assertThat(lookups).containsExactly("kantor/jambi/booking", "booking/cek");
	}

	private Encoder encoder(Filter filter) throws Exception {
		var handler = new ResourceHttpRequestHandler();
		handler.setResourceResolvers(List.of(new AbstractResourceResolver() {

			@Override
			protected @Nullable Resource resolveResourceInternal(@Nullable HttpServletRequest request,
					String requestPath, List<? extends Resource> locations, ResourceResolverChain chain) {
				return null;
			}

			@Override
			protected @Nullable String resolveUrlPathInternal(String resourceUrlPath,
					List<? extends Resource> locations, ResourceResolverChain chain) {
				lookups.add(resourceUrlPath);
				int dot = resourceUrlPath.lastIndexOf('.');
				// like the chain: a name only for what exists, here everything in the asset folders
				return resourceUrlPath.matches("(css|js|webjars)/.*")
						? resourceUrlPath.substring(0, dot) + "-hashed" + resourceUrlPath.substring(dot) : null;
			}

		}));
		var provider = new ResourceUrlProvider();
		provider.setHandlerMap(Map.of("/**", handler));
		var request = new MockHttpServletRequest("GET", "/kantor/jambi");
		var seen = new HttpServletResponse[1];
		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			// as Spring MVC's interceptor does once the request reaches a handler
			req.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
			seen[0] = (HttpServletResponse) res;
		});
		return url -> seen[0].encodeURL(url);
	}

	private interface Encoder {

		String apply(String url);

	}

}
