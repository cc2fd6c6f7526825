package id.kanim.drivethru.infrastructure.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the JSON API, which uses no cookies and so needs no CSRF token, and the HTML pages,
 * whose forms all carry one. Staff sign in with a form at {@code /login}; the accounts and the throttle
 * behind it are in the staff feature. A supervisor's authorities include ROLE_OFFICER (see StaffUser), so
 * the rules below need no role hierarchy.
 * <p>
 * Anonymous visitors get no HTTP session, so a flood of page views costs no server memory: the CSRF token
 * lives in a cookie (double submit: the form's field must match the cookie, which another site can neither
 * read nor set; only a host under the same domain could plant one, so serve the app from a host whose
 * sibling hosts are trusted), the page a signed-out officer asked for is remembered in a cookie too (a
 * relative path only), and a failed sign-in is told by {@code /login?error}, not by a session attribute.
 * Only signing in creates a session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Pages for supervisors only (issue 5 builds most of them); an officer gets the friendly 403 page. */
	static final String[] SUPERVISOR_PAGES = { "/staff/kuota/**", "/staff/petugas/**", "/staff/laporan/**",
			"/staff/audit/**", "/staff/pesan/**" };

	/**
	 * Without a session, staff pages redirect to the sign-in page; a poll from an htmx page whose session has
	 * expired is told to load the sign-in page as a whole page rather than swap it into a table.
	 */
	private static final AuthenticationEntryPoint SIGN_IN = new AuthenticationEntryPoint() {

		private final AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
				throws IOException, ServletException {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			page.commence(request, response, ex);
		}

	};

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(Customizer.withDefaults())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	/**
	 * The CSRF token in a cookie instead of the session. HttpOnly (no script reads it: the token reaches the
	 * form as a hidden field), SameSite=Lax, and Secure exactly when the session cookie is. It is made only
	 * when a page has a form (a TV showing the queue gets no cookie at all); Thymeleaf renders a page whole
	 * before writing it (application.properties), so the cookie is set before the response is committed.
	 */
	private static CookieCsrfTokenRepository csrfCookies(boolean secure) {
		var repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secure));
		return repository;
	}

	/**
	 * A request that came in on the management port ({@code management.server.port}), which the deployment keeps
	 * off the Ingress (deploy/kubernetes) or the proxy (docker-compose.yml). The port is read when a request
	 * comes, since with port 0 it is only known once the management server has started.
	 */
	private static RequestMatcher onManagementPort(Environment environment) {
		return request -> {
			var port = environment.getProperty("local.management.port", Integer.class);
			return port != null && port > 0 && request.getLocalPort() == port
					&& !port.equals(environment.getProperty("local.server.port", Integer.class));
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager staffSignIn,
			AuthenticationFailureHandler signInFailures,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies, Environment environment)
			throws Exception {
		http.authenticationManager(staffSignIn)
			.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			// Metrics only on the management port, never on the public one (where /actuator/** is denied).
			.requestMatchers(new AndRequestMatcher(onManagementPort(environment),
					PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))).permitAll()
			.requestMatchers("/actuator/**").denyAll()
			.requestMatchers("/staff/admin/**").hasRole("ADMIN")
			// Staff management: an administrator also manages the staff of any office (e.g. a new office's
			// first supervisor who lost the one-time password).
			.requestMatchers("/staff/petugas/**").hasAnyRole("SUPERVISOR", "ADMIN")
			.requestMatchers(SUPERVISOR_PAGES).hasRole("SUPERVISOR")
			.requestMatchers("/staff/**").authenticated()
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/staff/loket")
				.failureHandler(signInFailures))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookies(secureCookies)))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			// A new session id at sign-in, so a session id planted before it is worth nothing.
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SIGN_IN))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
