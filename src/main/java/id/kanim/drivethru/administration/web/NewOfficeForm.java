package id.kanim.drivethru.administration.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.kanim.drivethru.staff.StaffUsername;

import id.kanim.drivethru.administration.OfficeOnboarding.NewOffice;
import id.kanim.drivethru.office.OfficeDefaults;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new office with its defaults and first supervisor. Starts with the pilot office's settings (09:00–15:00,
 * 30-minute slots of 3 cars, 20 a day, Monday to Friday, 14 days ahead), which a new office can adjust later
 * on its quota page.
 */
public class NewOfficeForm {

	/** The zones Indonesian offices keep: WIB (two ids), WITA and WIT. */
	static final List<String> ZONES = List.of("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura");

	@NotBlank(message = "{admin.office.form.code.required}")
	@Size(max = 40, message = "{admin.office.form.code.invalid}")
	@Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.office.form.code.invalid}")
	private String code;

	@NotBlank(message = "{admin.office.form.name.required}")
	@Size(max = 200, message = "{admin.office.form.name.long}")
	private String name;

	@NotBlank(message = "{admin.office.form.address.required}")
	@Size(max = 500, message = "{admin.office.form.address.long}")
	private String address;

	@NotBlank(message = "{admin.office.form.timeZone.required}")
	@Pattern(regexp = "^$|Asia/Jakarta|Asia/Pontianak|Asia/Makassar|Asia/Jayapura",
			message = "{admin.office.form.timeZone.required}")
	private String timeZone = "Asia/Jakarta";

	@NotNull(message = "{admin.office.form.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime opensAt = LocalTime.of(9, 0);

	@NotNull(message = "{admin.office.form.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime closesAt = LocalTime.of(15, 0);

	@NotNull(message = "{admin.office.form.slotMinutes.range}")
	@Min(value = 5, message = "{admin.office.form.slotMinutes.range}")
	@Max(value = 240, message = "{admin.office.form.slotMinutes.range}")
	private Integer slotMinutes = 30;

	@NotNull(message = "{admin.office.form.quota.range}")
	@Min(value = 0, message = "{admin.office.form.quota.range}")
	@Max(value = 1000, message = "{admin.office.form.quota.range}")
	private Integer defaultQuota = 20;

	@NotNull(message = "{admin.office.form.quota.range}")
	@Min(value = 0, message = "{admin.office.form.quota.range}")
	@Max(value = 1000, message = "{admin.office.form.quota.range}")
	private Integer defaultSlotCapacity = 3;

	@NotEmpty(message = "{admin.office.form.weekdays.required}")
	private Set<DayOfWeek> openWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	@NotNull(message = "{admin.office.form.horizon.range}")
	@Min(value = 1, message = "{admin.office.form.horizon.range}")
	@Max(value = 90, message = "{admin.office.form.horizon.range}")
	private Integer bookingHorizonDays = 14;

	private boolean proxiesAllowed = true;

	@StaffUsername
	private String supervisorUsername;

	@NotBlank(message = "{staff.manage.form.displayName.required}")
	@Size(max = 100, message = "{staff.manage.form.displayName.long}")
	private String supervisorName;

	OfficeDefaults toDefaults() {
		return new OfficeDefaults(opensAt, closesAt, slotMinutes, defaultQuota, defaultSlotCapacity,
				openWeekdays == null ? Set.of() : openWeekdays, bookingHorizonDays, proxiesAllowed, false, null);
	}

	NewOffice toNewOffice() {
		return new NewOffice(code, name, address, ZoneId.of(timeZone), toDefaults());
	}

	/** Whether the hours, once each is valid, hold at least one slot. */
	boolean hoursComplete() {
		return opensAt != null && closesAt != null && slotMinutes != null && slotMinutes > 0;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public LocalTime getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(LocalTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalTime getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(LocalTime closesAt) {
		this.closesAt = closesAt;
	}

	public Integer getSlotMinutes() {
		return slotMinutes;
	}

	public void setSlotMinutes(Integer slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public Integer getDefaultQuota() {
		return defaultQuota;
	}

	public void setDefaultQuota(Integer defaultQuota) {
		this.defaultQuota = defaultQuota;
	}

	public Integer getDefaultSlotCapacity() {
		return defaultSlotCapacity;
	}

	public void setDefaultSlotCapacity(Integer defaultSlotCapacity) {
		this.defaultSlotCapacity = defaultSlotCapacity;
	}

	public Set<DayOfWeek> getOpenWeekdays() {
		return openWeekdays;
	}

	public void setOpenWeekdays(Set<DayOfWeek> openWeekdays) {
		this.openWeekdays = openWeekdays;
	}

	public Integer getBookingHorizonDays() {
		return bookingHorizonDays;
	}

	public void setBookingHorizonDays(Integer bookingHorizonDays) {
		this.bookingHorizonDays = bookingHorizonDays;
	}

	public boolean isProxiesAllowed() {
		return proxiesAllowed;
	}

	public void setProxiesAllowed(boolean proxiesAllowed) {
		this.proxiesAllowed = proxiesAllowed;
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
