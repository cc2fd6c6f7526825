package id.kanim.drivethru.staff;

/** Another account already has this username (usernames are unique across all offices). */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("Username " + username + " is taken", null, false, false);
	}

}
