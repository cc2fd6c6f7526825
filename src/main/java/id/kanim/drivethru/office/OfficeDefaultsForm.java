package id.kanim.drivethru.office;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * An office's name, address and defaults as a form edits them, with their one set of constraints: the
 * administrator's new-office form and the supervisor's settings form both extend it (and both templates show
 * its fields through {@code fragments/forms :: officeDefaults}), so the two can no longer disagree on what a
 * valid office is. In the module's API package because two other modules bind it.
 */
public class OfficeDefaultsForm {

	/** The largest daily quota or slot capacity a form takes, the same as a single day's quota. */
	public static final int MAX_QUOTA = 10000;

	@NotBlank(message = "{office.defaults.name.required}")
	@Size(max = 200, message = "{office.defaults.name.long}")
	private String name;

	@NotBlank(message = "{office.defaults.address.required}")
	@Size(max = 500, message = "{office.defaults.address.long}")
	private String address;

	@NotNull(message = "{office.defaults.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime opensAt;

	@NotNull(message = "{office.defaults.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime closesAt;

	@NotNull(message = "{office.defaults.slotMinutes.range}")
	@Min(value = 5, message = "{office.defaults.slotMinutes.range}")
	@Max(value = 240, message = "{office.defaults.slotMinutes.range}")
	private Integer slotMinutes;

	@NotNull(message = "{office.defaults.quota.range}")
	@Min(value = 0, message = "{office.defaults.quota.range}")
	@Max(value = MAX_QUOTA, message = "{office.defaults.quota.range}")
	private Integer defaultQuota;

	@NotNull(message = "{office.defaults.quota.range}")
	@Min(value = 0, message = "{office.defaults.quota.range}")
	@Max(value = MAX_QUOTA, message = "{office.defaults.quota.range}")
	private Integer defaultSlotCapacity;

	@NotEmpty(message = "{office.defaults.weekdays.required}")
	private Set<DayOfWeek> openWeekdays = EnumSet.noneOf(DayOfWeek.class);

	@NotNull(message = "{office.defaults.horizon.range}")
	@Min(value = 1, message = "{office.defaults.horizon.range}")
	@Max(value = 90, message = "{office.defaults.horizon.range}")
	private Integer bookingHorizonDays;

	private boolean proxiesAllowed;

	/** Copies an office's current values into the form (the settings page starts from them). */
	protected void fill(OfficeSettings office) {
		name = office.name();
		address = office.address();
		opensAt = office.opensAt();
		closesAt = office.closesAt();
		slotMinutes = office.slotMinutes();
		defaultQuota = office.defaultQuota();
		defaultSlotCapacity = office.defaultSlotCapacity();
		setOpenWeekdays(office.openWeekdays());
		bookingHorizonDays = office.bookingHorizonDays();
		proxiesAllowed = office.proxiesAllowed();
	}

	/** The defaults with the settings only the settings page edits given; call once the form is valid. */
	protected OfficeDefaults toDefaults(boolean readyListRequired, Integer motorcycleQuota,
			LocalTime sameDayBookingUntil) {
		return new OfficeDefaults(opensAt, closesAt, slotMinutes, defaultQuota, defaultSlotCapacity, openWeekdays,
				bookingHorizonDays, proxiesAllowed, readyListRequired, motorcycleQuota, sameDayBookingUntil);
	}

	/**
	 * Rejects the closing time when the hours do not hold one whole slot; left to the fields' own constraints
	 * while one of them is missing or out of range. Call after validation, before {@code hasErrors()}.
	 */
	public void rejectHoursWithoutASlot(Errors errors) {
		if (opensAt == null || closesAt == null || errors.hasFieldErrors("slotMinutes")) {
			return;
		}
		if (!opensAt.isBefore(closesAt) || opensAt.plusMinutes(slotMinutes).isAfter(closesAt)) {
			errors.rejectValue("closesAt", "office.defaults.hours");
		}
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
		this.openWeekdays = openWeekdays == null || openWeekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
				: EnumSet.copyOf(openWeekdays);
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

}
