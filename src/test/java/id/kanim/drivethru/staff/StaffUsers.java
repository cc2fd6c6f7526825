package id.kanim.drivethru.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Signed-in staff for slice tests, which read no account from a database: a {@link StaffUser} is only ever made
 * from an account, inside this package, so the tests of other packages get theirs here.
 */
public final class StaffUsers {

	private StaffUsers() {
	}

	/** Somebody of the given office with the given roles (and the roles they imply), as after signing in. */
	public static StaffUser of(String username, long officeId, StaffRole role, StaffRole... more) {
		var roles = EnumSet.of(role);
		roles.addAll(List.of(more));
		return new StaffUser(new StaffAccount(username, username, officeId, roles, "{noop}unused", Instant.EPOCH));
	}

}
