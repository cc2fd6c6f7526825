package id.kanim.drivethru.staff;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * How staff prove who they are. The one {@link AuthenticationManager} bean is the only way to sign in (it
 * also keeps Boot from creating its in-memory user): throttle first, then the password.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

	/** Hashes carry their algorithm ({bcrypt}...), so the algorithm can change without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(StaffAccountRepository accounts, PasswordEncoder encoder,
			LoginThrottle throttle) {
		var passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(accounts));
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(throttle, passwords));
	}

	/**
	 * Throttled and wrong credentials lead to different texts, neither telling whether the username exists.
	 * The form shows the username again, so only the password is retyped. A bean, so that the shared
	 * security configuration uses it without knowing this feature's types.
	 */
	@Bean
	AuthenticationFailureHandler signInFailures() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
		handler.setAllowSessionCreation(false); // the URL says what went wrong; no session for a failed try
		return (request, response, exception) -> {
			FailedSignIn.remember(request, response);
			handler.onAuthenticationFailure(request, response, exception);
		};
	}

}
