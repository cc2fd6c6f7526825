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

	String getPasswordHash() {
		return passwordHash;
	}

}
