package id.kanim.drivethru.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such account, or one of an office the signed-in person may not act for: the two are answered the same
 * way, so a supervisor cannot even learn which account ids exist elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StaffAccountNotFoundException extends RuntimeException {

	public StaffAccountNotFoundException() {
		super("No such staff account here", null, false, false);
	}

}
