package id.kanim.drivethru.staff;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts and lets staff change their own password. */
@Service
@Transactional
public class StaffAccounts {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final StaffSettings settings;

	private final Clock clock;

	private final StaffAudit audit;

	StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, StaffSettings settings, Clock clock,
			StaffAudit audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	public StaffAccount create(String username, String displayName, Long officeId, Set<StaffRole> roles,
			String password) {
		return accounts.save(new StaffAccount(username, displayName, officeId, roles, encoder.encode(password),
				clock.instant()));
	}

	/**
	 * Changes the password of the signed-in person, or says what is wrong with the request. Nothing is
	 * changed unless the current password is right and the new one is acceptable.
	 */
	public PasswordChange changePassword(Long accountId, String current, String chosen) {
		var account = accounts.findById(accountId).orElseThrow();
		if (current == null || !encoder.matches(current, account.getPasswordHash())) {
			return PasswordChange.WRONG_CURRENT;
		}
		if (chosen == null || chosen.length() < settings.passwordMinLength()) {
			return PasswordChange.TOO_SHORT;
		}
		if (StaffAccount.normaliseUsername(chosen).equals(account.getUsername())) {
			return PasswordChange.SAME_AS_USERNAME;
		}
		if (encoder.matches(chosen, account.getPasswordHash())) {
			return PasswordChange.SAME_AS_CURRENT;
		}
		if (account.isMustChangePassword()) {
			// The supervisor sees on the staff page that the one-time password is no longer in use.
			audit.record(account, "PASSWORD_CHOSEN", null, null, account.getUsername());
		}
		account.changePasswordHash(encoder.encode(chosen));
		return PasswordChange.CHANGED;
	}

	/**
	 * Whether the signed-in person's session still stands (the account is enabled and holds the roles it
	 * signed in with) and whether they must first replace a one-time password; read afresh on each staff
	 * request, so that disabling, a role change or a reset takes effect on open sessions too.
	 */
	@Transactional(readOnly = true)
	public AccountState state(StaffUser user) {
		return accounts.findById(user.accountId())
			.map(a -> new AccountState(a.isEnabled() && new StaffUser(a).sameRolesAs(user), a.isMustChangePassword()))
			.orElse(new AccountState(false, false));
	}

	public int passwordMinLength() {
		return settings.passwordMinLength();
	}

	/** What the staff pages need to know about a signed-in account on every request. */
	public record AccountState(boolean valid, boolean mustChangePassword) {
	}

	/** The outcome of a password change. */
	public enum PasswordChange {

		CHANGED, WRONG_CURRENT, TOO_SHORT, SAME_AS_USERNAME, SAME_AS_CURRENT

	}

}
