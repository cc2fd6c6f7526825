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

	StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, StaffSettings settings, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
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
		account.changePasswordHash(encoder.encode(chosen));
		return PasswordChange.CHANGED;
	}

	public int passwordMinLength() {
		return settings.passwordMinLength();
	}

	/** The outcome of a password change. */
	public enum PasswordChange {

		CHANGED, WRONG_CURRENT, TOO_SHORT, SAME_AS_USERNAME

	}

}
