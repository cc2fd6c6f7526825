package id.kanim.drivethru.staff;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors (for their own office) and administrators (for any office) do to staff accounts: create
 * one with a one-time password, disable and enable it, reset its password, make it officer or supervisor.
 * Every method first checks that the actor may act for the account's office, and answers "not found"
 * otherwise; every change is written to {@code staff_change} in the same transaction.
 *
 * <p>Why an office can never be left without a supervisor: disabling or demoting a supervisor takes a
 * transaction-level advisory lock on the office first, and only then counts the other enabled supervisors.
 * Two supervisors disabling each other at the same moment run one after the other, and the second one sees
 * the first one's change.
 */
@Service
@Transactional
public class StaffManagement {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final StaffSettings settings;

	private final JdbcClient jdbc;

	private final StaffAudit audit;

	private final Clock clock;

	StaffManagement(StaffAccountRepository accounts, PasswordEncoder encoder, StaffSettings settings, JdbcClient jdbc,
			StaffAudit audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.settings = settings;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffAccount> ofOffice(StaffUser actor, Long officeId) {
		mayActFor(actor, officeId);
		return accounts.findByOfficeId(officeId)
			.stream()
			.sorted(Comparator.comparing(StaffAccount::isEnabled).reversed().thenComparing(StaffAccount::getUsername))
			.toList();
	}

	/** One account of an office the actor may act for (else not found), e.g. for a confirmation page. */
	@Transactional(readOnly = true)
	public StaffAccount account(StaffUser actor, long accountId) {
		var account = accounts.findById(accountId).orElseThrow(StaffAccountNotFoundException::new);
		mayActFor(actor, account.getOfficeId());
		return account;
	}

	/** The office's latest staff changes, newest first. */
	@Transactional(readOnly = true)
	public List<StaffChange> changes(StaffUser actor, Long officeId, int limit) {
		mayActFor(actor, officeId);
		return audit.latest(officeId, limit);
	}

	/** A new account of the office with a one-time password, returned this once and never stored in clear. */
	public NewAccount create(StaffUser actor, Long officeId, String username, String displayName, StaffRole role) {
		mayActFor(actor, officeId);
		if (role != StaffRole.OFFICER && role != StaffRole.SUPERVISOR) {
			throw new IllegalArgumentException("Staff pages create officers and supervisors only");
		}
		var normalised = StaffAccount.normaliseUsername(username);
		if (accounts.findByUsername(normalised).isPresent()) {
			throw new UsernameTakenException(normalised);
		}
		var password = OneTimePasswords.generate(settings.passwordMinLength());
		var account = new StaffAccount(normalised, displayName.strip(), officeId, Set.of(role), null, clock.instant());
		account.giveOneTimePassword(encoder.encode(password));
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone took the same username a moment ago.
			throw new UsernameTakenException(normalised);
		}
		audit(actor, account, "CREATED", null, role.name());
		return new NewAccount(account, password);
	}

	/** Gives the account a new one-time password; the old one stops working at once. */
	public NewAccount resetPassword(StaffUser actor, long accountId) {
		var account = editable(actor, accountId);
		var password = OneTimePasswords.generate(settings.passwordMinLength());
		account.giveOneTimePassword(encoder.encode(password));
		audit(actor, account, "PASSWORD_RESET", null, null);
		return new NewAccount(account, password);
	}

	public StaffAccount disable(StaffUser actor, long accountId) {
		var account = editableWithOfficeLocked(actor, accountId);
		if (!account.isEnabled()) {
			return account;
		}
		keepASupervisor(account);
		account.disable();
		audit(actor, account, "DISABLED", "ENABLED", "DISABLED");
		return account;
	}

	public StaffAccount enable(StaffUser actor, long accountId) {
		var account = editable(actor, accountId);
		if (!account.isEnabled()) {
			account.enable();
			audit(actor, account, "ENABLED", "DISABLED", "ENABLED");
		}
		return account;
	}

	/** Makes the account an officer or a supervisor. */
	public StaffAccount changeRole(StaffUser actor, long accountId, StaffRole role) {
		if (role != StaffRole.OFFICER && role != StaffRole.SUPERVISOR) {
			throw new StaffChangeRefusedException("staff.manage.refused.role", null);
		}
		var account = editableWithOfficeLocked(actor, accountId);
		var before = account.getWorkRole();
		if (before == role) {
			return account;
		}
		if (role == StaffRole.OFFICER) {
			keepASupervisor(account);
		}
		account.changeRole(role);
		audit(actor, account, "ROLE_CHANGED", before.name(), role.name());
		return account;
	}

	private void keepASupervisor(StaffAccount account) {
		if (!account.isEnabledSupervisor()) {
			return;
		}
		long others = jdbc.sql("""
				select count(*) from staff_account where office_id = :office and enabled and id <> :id
				and (',' || roles || ',') like '%,SUPERVISOR,%'""")
			.param("office", account.getOfficeId())
			.param("id", account.getId())
			.query(Long.class)
			.single();
		if (others == 0) {
			throw new StaffChangeRefusedException("staff.manage.refused.lastSupervisor", account.getOfficeId());
		}
	}

	private StaffAccount editableWithOfficeLocked(StaffUser actor, long accountId) {
		var officeId = jdbc.sql("select office_id from staff_account where id = :id")
			.param("id", accountId)
			.query(Long.class)
			.optional()
			.orElseThrow(StaffAccountNotFoundException::new);
		mayActFor(actor, officeId);
		jdbc.sql("select pg_advisory_xact_lock(hashtext('drivethru.staff.office'), cast(:office as integer))")
			.param("office", officeId)
			.query()
			.singleRow();
		return editable(actor, accountId);
	}

	/**
	 * The account, if the actor may change it: same office (or an administrator), and an administrator's
	 * account only by another administrator, so a supervisor cannot lock out the person who manages offices.
	 */
	private StaffAccount editable(StaffUser actor, long accountId) {
		var account = accounts.findById(accountId).orElseThrow(StaffAccountNotFoundException::new);
		mayActFor(actor, account.getOfficeId());
		if (account.getRoles().contains(StaffRole.ADMIN) && !actor.has(StaffRole.ADMIN)) {
			throw new StaffChangeRefusedException("staff.manage.refused.admin", account.getOfficeId());
		}
		return account;
	}

	private static void mayActFor(StaffUser actor, Long officeId) {
		if (officeId == null || !actor.mayActFor(officeId)) {
			throw new StaffAccountNotFoundException();
		}
	}

	private void audit(StaffUser actor, StaffAccount account, String change, String oldValue, String newValue) {
		audit.record(account, change, oldValue, newValue, actor.getUsername());
	}

	/** An account and the one-time password it was just given, to be shown once. */
	public record NewAccount(StaffAccount account, String oneTimePassword) {
	}

}
