package id.kanim.drivethru.administration.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.kanim.drivethru.staff.StaffUsername;

import id.kanim.drivethru.administration.OfficeOnboarding.NewOffice;
import id.kanim.drivethru.office.OfficeDefaultsForm;

/**
 * A new office with its defaults and first supervisor. Starts with the pilot office's settings (09:00–15:00,
 * 30-minute slots of 3 cars, 20 a day, Monday to Friday, 14 days ahead), which a new office can adjust later on its settings page.
 */
public class NewOfficeForm extends OfficeDefaultsForm {

	/** The zones Indonesian offices keep: WIB (two ids), WITA and WIT. */
	static final List<String> ZONES = List.of("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura");

	@NotBlank(message = "{admin.office.form.code.required}")
	@Size(max = 40, message = "{admin.office.form.code.invalid}")
	@Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.office.form.code.invalid}")
	private String code;

	@NotBlank(message = "{admin.office.form.timeZone.required}")
	@Pattern(regexp = "^$|Asia/Jakarta|Asia/Pontianak|Asia/Makassar|Asia/Jayapura",
			message = "{admin.office.form.timeZone.required}")
	private String timeZone = "Asia/Jakarta";

	@StaffUsername
	private String supervisorUsername;

	@NotBlank(message = "{staff.manage.form.displayName.required}")
	@Size(max = 100, message = "{staff.manage.form.displayName.long}")
	private String supervisorName;

	public NewOfficeForm() {
		setOpensAt(LocalTime.of(9, 0));
		setClosesAt(LocalTime.of(15, 0));
		setSlotMinutes(30);
		setDefaultQuota(20);
		setDefaultSlotCapacity(3);
		setOpenWeekdays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		setBookingHorizonDays(14);
		setProxiesAllowed(true);
	}

	/** A new office starts without the ready-list check, a motorcycle quota or same-day booking. */
	NewOffice toNewOffice() {
		return new NewOffice(code, getName(), getAddress(), ZoneId.of(timeZone), toDefaults(false, null, null));
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip();
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getSupervisorUsername() {
		return supervisorUsername;
	}

	public void setSupervisorUsername(String supervisorUsername) {
		this.supervisorUsername = supervisorUsername;
	}

	public String getSupervisorName() {
		return supervisorName;
	}

	public void setSupervisorName(String supervisorName) {
		this.supervisorName = supervisorName;
	}

}
