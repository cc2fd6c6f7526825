package id.kanim.drivethru.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do. A supervisor can do everything an officer can; an administrator manages
 * offices and sees every office's data, but is not an officer or supervisor unless given those roles too.
 */
public enum StaffRole {

	OFFICER, SUPERVISOR, ADMIN;

	/** The Spring Security authority, {@code ROLE_OFFICER} and so on. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The roles this one includes, itself among them. */
	Set<StaffRole> withImplied() {
		return switch (this) {
			case OFFICER -> EnumSet.of(OFFICER);
			case SUPERVISOR -> EnumSet.of(SUPERVISOR, OFFICER);
			case ADMIN -> EnumSet.of(ADMIN);
		};
	}

}
