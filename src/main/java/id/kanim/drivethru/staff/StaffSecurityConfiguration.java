package id.kanim.drivethru.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

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

}
