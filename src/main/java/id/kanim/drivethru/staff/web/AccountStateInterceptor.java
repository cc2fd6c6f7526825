package id.kanim.drivethru.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.kanim.drivethru.staff.StaffAccounts;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before any staff page: an account disabled or given other roles since sign-in is signed out at once (to
 * sign in again with its new roles), and one that still has a
 * one-time password is sent to the password page until it has chosen its own. The account is read on each
 * request (one lookup by primary key) rather than trusted from the session, which was filled at sign-in.
 */
@Configuration(proxyBeanMethods = false)
class AccountStateInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String PASSWORD_PAGE = "/staff/password";

	private final StaffAccounts accounts;

	AccountStateInterceptor(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/staff/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
			return true;
		}
		var state = accounts.state(user);
		if (!state.valid()) {
			// Disabled, or given other roles: sign in again, so the session holds what the account now is.
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			redirect(request, response, "/login");
			return false;
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (state.mustChangePassword() && !path.equals(PASSWORD_PAGE)) {
			redirect(request, response, PASSWORD_PAGE);
			return false;
		}
		return true;
	}

	/** An htmx poll is told to load the page as a whole rather than swap it into a table. */
	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws Exception {
		var target = request.getContextPath() + path;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}

}
