package id.kanim.drivethru.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person who signs in to run or supervise the drive-thru of one office. */
@Entity
public class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private Long officeId;

	@Convert(converter = RolesConverter.class)
	@Column(name = "roles")
	private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

	private boolean enabled;

	private String passwordHash;

	/** Set for a one-time password given by someone else: its owner must choose their own first. */
	private boolean mustChangePassword;

	private Instant createdAt;

	@Version
	private long version;

	protected StaffAccount() {
	}

	public StaffAccount(String username, String displayName, Long officeId, Set<StaffRole> roles, String passwordHash,
			Instant createdAt) {
		this.username = normaliseUsername(username);
		this.displayName = displayName;
		this.officeId = officeId;
		this.roles = EnumSet.copyOf(roles);
		this.enabled = true;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	/** Usernames are compared without case: "Budi" signs in as "budi". */
	public static String normaliseUsername(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/** A one-time password from a supervisor or administrator, to be replaced at the next sign-in. */
	void giveOneTimePassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = true;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	/** Officer or supervisor; an administrator keeps that role beside the new one. */
	void changeRole(StaffRole role) {
		var kept = roles.contains(StaffRole.ADMIN) ? EnumSet.of(StaffRole.ADMIN, role) : EnumSet.of(role);
		this.roles = kept;
	}

	/** Whether the account counts as a supervisor who can still sign in. */
	boolean isEnabledSupervisor() {
		return enabled && roles.contains(StaffRole.SUPERVISOR);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Long getOfficeId() {
		return officeId;
	}

	public Set<StaffRole> getRoles() {
		return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : roles);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	/** The role shown and changed on the staff page: supervisor if held, officer otherwise. */
	public StaffRole getWorkRole() {
		return roles.contains(StaffRole.SUPERVISOR) ? StaffRole.SUPERVISOR : StaffRole.OFFICER;
	}

	String getPasswordHash() {
		return passwordHash;
	}

}
