package id.kanim.drivethru.administration;

import java.time.ZoneId;

import id.kanim.drivethru.office.OfficeDefaults;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffManagement;
import id.kanim.drivethru.staff.StaffManagement.NewAccount;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a new office and its first supervisor in one transaction: an office without anyone who can sign in
 * for it, or a supervisor of an office that does not exist, can never be left behind. Either step failing
 * (code or username taken) undoes both.
 */
@Service
@Transactional
public class OfficeOnboarding {

	private final Offices offices;

	private final StaffManagement staff;

	OfficeOnboarding(Offices offices, StaffManagement staff) {
		this.offices = offices;
		this.staff = staff;
	}

	public Opened open(StaffUser admin, NewOffice office, String supervisorUsername, String supervisorName) {
		if (!admin.has(StaffRole.ADMIN)) {
			throw new IllegalStateException("Only administrators add offices");
		}
		var settings = offices.create(office.code(), office.name().strip(), office.address().strip(), office.zone(),
				office.defaults());
		var supervisor = staff.create(admin, settings.id(), supervisorUsername, supervisorName, StaffRole.SUPERVISOR);
		return new Opened(settings, supervisor);
	}

	/** What an administrator says about a new office. */
	public record NewOffice(String code, String name, String address, ZoneId zone, OfficeDefaults defaults) {
	}

	/** The office as created and its supervisor with the one-time password, to be shown once. */
	public record Opened(OfficeSettings office, NewAccount supervisor) {
	}

}
