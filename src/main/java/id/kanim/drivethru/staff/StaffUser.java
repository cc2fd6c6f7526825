package id.kanim.drivethru.staff;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as Spring Security keeps it in the session: who they are, which office they
 * work for, and their roles with the implied ones added (a supervisor also holds ROLE_OFFICER), so that
 * URL rules and templates need no role hierarchy.
 */
public final class StaffUser implements UserDetails, CredentialsContainer {

	/**
	 * Fixed, since sessions are stored in PostgreSQL and read by every instance: a new version of this class
	 * that stays compatible (a method added) still reads the sessions the old version wrote during a rolling
	 * update. Change it only with a change of the fields' meaning.
	 */
	private static final long serialVersionUID = 1L;

	private final Long accountId;

	private final String username;

	private final String displayName;

	private final Long officeId;

	private final Set<StaffRole> roles;

	private final boolean enabled;

	private transient String passwordHash;

	StaffUser(StaffAccount account) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.officeId = account.getOfficeId();
		var all = EnumSet.noneOf(StaffRole.class);
		account.getRoles().forEach(r -> all.addAll(r.withImplied()));
		this.roles = all;
		this.enabled = account.isEnabled();
		this.passwordHash = account.getPasswordHash();
	}

	public Long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	/** The office whose data this person sees and changes. */
	public Long officeId() {
		return officeId;
	}

	public boolean has(StaffRole role) {
		return roles.contains(role);
	}

	/** Whether both hold the same roles, the implied ones included. */
	boolean sameRolesAs(StaffUser other) {
		return roles.equals(other.roles);
	}

	/** Administrators see every office's data. */
	public boolean mayActFor(Long office) {
		return has(StaffRole.ADMIN) || officeId.equals(office);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = roles.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
