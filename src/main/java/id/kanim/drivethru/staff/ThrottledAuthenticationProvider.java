package id.kanim.drivethru.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Checks the throttle before the password, and the password with the accounts in the database. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final LoginThrottle throttle;

	private final AuthenticationProvider passwords;

	ThrottledAuthenticationProvider(LoginThrottle throttle, AuthenticationProvider passwords) {
		this.throttle = throttle;
		this.passwords = passwords;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var username = authentication.getName();
		throttle.begin(username);
		var result = passwords.authenticate(authentication);
		throttle.succeeded(username);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
