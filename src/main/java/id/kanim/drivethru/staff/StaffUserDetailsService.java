package id.kanim.drivethru.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Staff accounts for Spring Security, read from the database at each sign-in. Deliberately not a bean: a
 * UserDetailsService bean would make Spring Security build a second, unthrottled way to sign in.
 */
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	StaffUserDetailsService(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(StaffAccount.normaliseUsername(username))
			.map(StaffUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
	}

}
