package id.kanim.drivethru.staff;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username lately; said the same way whether or not it exists. */
public class LoginThrottledException extends AuthenticationException {

	public LoginThrottledException() {
		super("Too many failed sign-ins for this username");
	}

}
