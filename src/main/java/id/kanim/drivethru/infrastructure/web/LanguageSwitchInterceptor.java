package id.kanim.drivethru.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every rendered page a link to itself in the other language, for the switch in the header. Done
 * here rather than in a controller advice so that JSON and redirect responses pay nothing for it.
 */
class LanguageSwitchInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.hasView() || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		var current = RequestContextUtils.getLocale(request);
		var target = "en".equals(current.getLanguage()) ? "id" : "en";
		var link = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", target).build();
		var query = "GET".equals(request.getMethod()) ? link.getQuery() : "lang=" + target;
		modelAndView.addObject("switchLanguageUrl", link.getPath() + "?" + query);
		modelAndView.addObject("switchLanguageTarget", target);
		// The site's own address, for the absolute og:image link of a page shared on WhatsApp.
		if (modelAndView.getModel().get("office") instanceof PageOffice office) {
			modelAndView.addObject("pageOffice", office);
		}
		modelAndView.addObject("siteUrl", ServletUriComponentsBuilder.fromContextPath(request).toUriString());
	}

}
