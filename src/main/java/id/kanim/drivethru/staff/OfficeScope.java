package id.kanim.drivethru.staff;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.stereotype.Component;

/**
 * Which office a staff page works on: always the staff member's own, except for an administrator, who may
 * name another. Every staff controller asks here, so an office code sent in a URL or form field can never
 * widen what a supervisor or officer sees.
 */
@Component
public class OfficeScope {

	private final Offices offices;

	OfficeScope(Offices offices) {
		this.offices = offices;
	}

	public OfficeSettings officeFor(StaffUser user, String requestedCode) {
		if (requestedCode != null && !requestedCode.isBlank() && user.has(StaffRole.ADMIN)) {
			return offices.byCode(requestedCode);
		}
		return offices.byId(user.officeId());
	}

}
