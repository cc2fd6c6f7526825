package id.kanim.drivethru.staff;

import java.time.Instant;

/** One audited change to a staff account, as listed on the staff page. */
public record StaffChange(String username, String change, String oldValue, String newValue, String changedBy,
		Instant changedAt) {

}
